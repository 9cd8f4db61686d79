package dk.samspil.web;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyValue;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Every form (a record bound through its constructor) survives a value that does not
 * convert: a date that does not exist, a word in a number field, an option that is not
 * offered. Spring then builds the form with that field left empty and records a
 * {@code typeMismatch} error with what was typed, but keeps the errors in a binding
 * result made before the form existed, so the page showing the form again would find no
 * form and fail. Here the errors move to a binding result around the form, once for every
 * controller; each field then shows one message, the first reason.
 */
final class FormBinding {

	private FormBinding() {
	}

	/** Spring's adapter of controller methods, binding forms as said above. */
	static RequestMappingHandlerAdapter adapter() {
		return new RequestMappingHandlerAdapter() {
			@Override
			protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
				return new Factory(binderMethods, getWebBindingInitializer());
			}
		};
	}

	private static final class Factory extends ServletRequestDataBinderFactory {

		Factory(List<InvocableHandlerMethod> binderMethods, WebBindingInitializer initializer) {
			super(binderMethods, initializer);
		}

		@Override
		protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
				NativeWebRequest request) {
			return new Binder(target, objectName);
		}

	}

	private static final class Binder extends ExtendedServletRequestDataBinder {

		private AbstractPropertyBindingResult aroundTheForm;

		Binder(Object target, String objectName) {
			super(target, objectName);
		}

		/**
		 * A request whose field names ask for something the form cannot be built from
		 * ({@code members[99999]}, {@code members[x]}, {@code year[0]} for a number) was
		 * not sent by one of its pages: a bad request, not a server error.
		 */
		@Override
		public void construct(ValueResolver valueResolver) {
			try {
				super.construct(valueResolver);
			}
			catch (RuntimeException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form could not be read", ex);
			}
			AbstractPropertyBindingResult made = super.getInternalBindingResult();
			if (getTarget() != null && made.getTarget() == null) {
				aroundTheForm = new OneReasonPerField(getTarget(), getObjectName(), isAutoGrowNestedPaths(),
						getAutoGrowCollectionLimit());
				if (getConversionService() != null) {
					aroundTheForm.initConversion(getConversionService());
				}
				aroundTheForm.setMessageCodesResolver(made.getMessageCodesResolver());
				aroundTheForm.addAllErrors(made);
				// Spring validates no further once a value failed to convert; the person
				// should see every field to
				// correct in one go.
				validate();
			}
		}

		/**
		 * A record form is bound through its constructor only, so what remains is set on
		 * no field; a form with setters ignores a name it has no place for
		 * ({@code title[0]}, {@code title.x}) as it ignores an unknown one.
		 */
		@Override
		protected void applyPropertyValues(MutablePropertyValues values) {
			if (getTarget() == null || getTarget().getClass().isRecord()) {
				return;
			}
			for (PropertyValue value : values.getPropertyValueList()) {
				try {
					super.applyPropertyValues(new MutablePropertyValues(List.of(value)));
				}
				catch (InvalidPropertyException ex) {
					// no such place in the form
				}
			}
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			return aroundTheForm != null ? aroundTheForm : super.getInternalBindingResult();
		}

	}

	/**
	 * A field whose value did not convert says so, and only so: "required" from
	 * validation would contradict what the person sees typed in the field. A reason
	 * already given for a field is not given twice.
	 */
	private static final class OneReasonPerField extends BeanPropertyBindingResult {

		OneReasonPerField(Object target, String objectName, boolean autoGrowNestedPaths, int autoGrowCollectionLimit) {
			super(target, objectName, autoGrowNestedPaths, autoGrowCollectionLimit);
		}

		@Override
		public void addError(ObjectError error) {
			if (error instanceof FieldError field && getFieldErrors(field.getField()).stream()
				.anyMatch(given -> given.isBindingFailure() || Objects.equals(given.getCode(), field.getCode()))) {
				return;
			}
			super.addError(error);
		}

	}

}
