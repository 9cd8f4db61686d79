package dk.samspil.web;

import java.util.Set;

import dk.samspil.time.Written;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #when}, the one way a page writes a date or a time
 * ({@code ${#when.dateTime(x)}}), in Danish time and the page's language; see
 * {@link Written}.
 */
@Component
class WrittenDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "when";

	WrittenDialect() {
		super("samspil-written");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return Written.in(context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

}
