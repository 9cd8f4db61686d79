package dk.samspil;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every form of the application, found from the application itself, is sent hostile and
 * clumsy values field by field, by a visitor, a member and the secretariat: none may
 * answer with a server error or show a stack trace, and the application must still answer
 * afterwards. The forms are the handlers that take a form (every POST, and every GET that
 * binds parameters), with their fields read from the handler's parameters and from the
 * pages: this test signs in, follows the links of the site, and reads each page's forms
 * with the values they are shown with, so each form is sent valid except in the field
 * under attack, at real groups, meetings and responses. A handler no page links to is
 * still sent the same values at a made-up address. A new form is covered without anyone
 * listing it.
 * <p>
 * It changes what it finds (saves, cancels, deactivates), so it runs on a database of its
 * own.
 */
@SamspilTest
@TestPropertySource(properties = "samspil.database.purpose=hostile-input")
class HostileInputTest {

	/**
	 * Values people have sent, by mistake or on purpose: one field at a time, the rest of
	 * the form as shown. Kept short, one value per kind of trouble, as every value is
	 * sent to every field of every form: characters the database and XML cannot hold,
	 * blanks, too long, numbers out of range, dates that do not exist or are absurd, and
	 * an option that is none of the offered ones (not a number, not an enum, not a time).
	 */
	static final List<String> CORPUS = List.of("tekst\u0000med NUL\u0007\u001b[31m\ud800\uffff", "   ",
			"x".repeat(20_000), "-1", "99999999999999999999", "2027-02-30", "0000-01-01", "abc:NOPE");

	/**
	 * What a field's name may have appended, so that binding reads it as a list, a map or
	 * a nested form: no page sends these, a script may.
	 */
	static final List<String> NAME_CORPUS = List.of("[0]", ".x", "['x']");

	/**
	 * What may be appended to the name of a field that is a list (several checkboxes or
	 * options of one name), where the index itself is read.
	 */
	static final List<String> LIST_NAME_CORPUS = List.of("[-1]", "[99999]", "[x]");

	/** A field of a list ({@code sections[2].heading}) with its index. */
	static final Pattern INDEXED = Pattern.compile("(.*?)\\[(\\d+)\\](.*)");

	/** What may be in a path variable instead of an id or a slug. */
	static final List<String> PATH_CORPUS = List.of("abc", "-1", "99999999999999999999", "\u0000", "x".repeat(5000));

	/**
	 * Actions that end something; they are walked last, so the other forms still find
	 * what they work on.
	 */
	static final Set<String> ENDINGS = Set.of("close", "cancel", "delete", "deactivate", "revoke", "withdraw",
			"approve", "submit", "publish", "done", "retire", "merge", "lift", "reconcile", "unlock", "token");

	/** Pages read per address pattern, and in all, while looking for forms. */
	static final int PAGES_PER_PATTERN = 1;

	static final int MAX_PAGES = 400;

	/**
	 * A message next to a field (the class the forms' messages have), or a field marked
	 * invalid with its message: what a page that says "see the fields marked below" must
	 * have.
	 */
	static final Pattern FIELD_ERROR = Pattern.compile("class=\"error\"|aria-invalid=\"true\"");

	static final Pattern STACK_TRACE = Pattern
		.compile("\\bat (dk|org|java|jakarta)\\.[\\w.$]+\\(|Exception:|Caused by");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Someone who walks the forms; the one who may use everything also walks those no
	 * page links to.
	 */
	record Visitor(String name, RequestPostProcessor login, boolean everything) {
	}

	/**
	 * A form to send: where, how, the values it is shown with, every field it may take,
	 * and which of them may be lists (all, when no page shows the form).
	 */
	record Form(HttpMethod method, String path, String pattern, MultiValueMap<String, String> shown, Set<String> fields,
			Set<String> files, Set<String> lists) {

		boolean ends() {
			String last = pattern.substring(pattern.lastIndexOf('/') + 1);
			return ENDINGS.contains(last) || last.equals("{action}");
		}
	}

	record Mapping(HttpMethod method, PathPattern pattern, HandlerMethod handler) {
	}

	final List<String> failures = new ArrayList<>();

	int requests;

	@Test
	void noFormAnswersHostileInputWithAServerErrorOrAStackTrace() throws Exception {
		long started = System.nanoTime();
		Set<String> attacked = new HashSet<>();
		// the secretariat last, as it may close and cancel what the others work on
		for (Visitor visitor : List.of(new Visitor("a visitor", r -> r, false),
				new Visitor(Visitors.MEMBER, Visitors.as(users, Visitors.MEMBER), false),
				new Visitor(Visitors.SECRETARIAT, Visitors.as(users, Visitors.SECRETARIAT), true))) {
			List<Form> forms = forms(visitor);
			forms.sort(Comparator.comparing(Form::ends));
			for (Form form : forms) {
				// each form once, by the first who may use it: binding and checking a
				// field is the same for all
				if (attacked.add(form.method() + " " + form.pattern())) {
					attack(visitor, form);
				}
			}
		}
		System.out.printf("Sent %d hostile requests to every form in %d s%n", requests,
				(System.nanoTime() - started) / 1_000_000_000);
		assertThat(failures).as("server errors or stack traces").isEmpty();
		stillAnswers();
	}

	@Test
	void noPathAnswersAnIdThatIsNoIdWithAServerError() throws Exception {
		RequestPostProcessor secretariat = Visitors.as(users, Visitors.SECRETARIAT);
		for (Mapping mapping : mappings()) {
			List<String> variables = variables(mapping.pattern());
			for (String variable : variables) {
				for (String value : PATH_CORPUS) {
					Map<String, String> values = new HashMap<>();
					variables.forEach(v -> values.put(v, "1"));
					values.put(variable, value);
					URI uri = UriComponentsBuilder.fromPath(mapping.pattern().getPatternString())
						.buildAndExpand(values)
						.encode()
						.toUri();
					MockHttpServletRequestBuilder builder = request(mapping.method(), uri).with(secretariat);
					send(builder.with(csrf()), "secretariat", mapping.method() + " " + uri, variable, value);
				}
			}
		}
		assertThat(failures).as("server errors or stack traces").isEmpty();
		stillAnswers();
	}

	private void stillAnswers() throws Exception {
		for (String path : List.of("/", "/groups", "/consultations")) {
			assertThat(mvc.perform(request(HttpMethod.GET, path).with(Visitors.as(users, Visitors.MEMBER)))
				.andReturn()
				.getResponse()
				.getStatus()).as(path).isEqualTo(200);
		}
	}

	/**
	 * Every form this visitor can find, and every handler taking a form, the ones not
	 * found at a made-up address.
	 */
	private List<Form> forms(Visitor visitor) throws Exception {
		Map<String, Form> found = new LinkedHashMap<>();
		Map<String, Integer> pagesPerPattern = new HashMap<>();
		Set<String> seen = new HashSet<>();
		Deque<String> pages = new ArrayDeque<>();
		for (Mapping mapping : mappings()) {
			if (mapping.method() == HttpMethod.GET && variables(mapping.pattern()).isEmpty()) {
				pages.add(mapping.pattern().getPatternString());
			}
		}
		int read = 0;
		while (!pages.isEmpty() && read < MAX_PAGES) {
			String page = pages.poll();
			if (!seen.add(page)) {
				continue;
			}
			Optional<Mapping> mapping = mapping(HttpMethod.GET, path(page));
			if (mapping.isEmpty() || pagesPerPattern.merge(mapping.get().pattern().getPatternString(), 1,
					Integer::sum) > PAGES_PER_PATTERN) {
				continue;
			}
			read++;
			MvcResult result = send(request(HttpMethod.GET, URI.create(page)).with(visitor.login()), visitor.name(),
					"GET " + page, null, null);
			if (result == null || result.getResponse().getStatus() != 200
					|| !String.valueOf(result.getResponse().getContentType()).startsWith("text/html")) {
				continue;
			}
			Document document = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8),
					"http://localhost" + page);
			for (Element link : document.select("a[href]")) {
				local(link.attr("href")).ifPresent(pages::add);
			}
			for (Element element : document.select("form")) {
				form(element, page).ifPresent(form -> {
					String key = form.method() + " " + form.path().replaceAll("\\d+", "#");
					found.merge(key, form, (a, b) -> a.fields().size() >= b.fields().size() ? a : b);
					if (form.method() == HttpMethod.GET && form.path().indexOf('?') < 0) {
						pages.add(form.path());
					}
				});
			}
		}
		Set<String> reached = new HashSet<>();
		found.values().forEach(f -> reached.add(f.method() + " " + f.pattern()));
		List<Form> forms = new ArrayList<>(found.values());
		for (Mapping mapping : visitor.everything() ? mappings() : List.<Mapping>of()) {
			Set<String> fields = fields(mapping.handler());
			boolean takesAForm = mapping.method() == HttpMethod.POST || !fields.isEmpty();
			if (takesAForm && !reached.contains(mapping.method() + " " + mapping.pattern().getPatternString())) {
				Map<String, String> ones = new HashMap<>();
				variables(mapping.pattern()).forEach(v -> ones.put(v, "1"));
				String path = UriComponentsBuilder.fromPath(mapping.pattern().getPatternString())
					.buildAndExpand(ones)
					.toUriString();
				forms.add(new Form(mapping.method(), path, mapping.pattern().getPatternString(),
						new LinkedMultiValueMap<>(), fields, files(mapping.handler()), fields));
			}
		}
		return forms;
	}

	/**
	 * A form of a page as the browser would send it untouched, with the fields its
	 * handler takes besides.
	 */
	private Optional<Form> form(Element element, String page) {
		HttpMethod method = element.attr("method").equalsIgnoreCase("post") ? HttpMethod.POST : HttpMethod.GET;
		Optional<String> action = element.hasAttr("action") ? local(element.attr("action")) : Optional.of(page);
		if (action.isEmpty()) {
			return Optional.empty();
		}
		URI uri = URI.create(action.get());
		MultiValueMap<String, String> shown = new LinkedMultiValueMap<>();
		Set<String> fields = new LinkedHashSet<>();
		Set<String> files = new LinkedHashSet<>();
		if (uri.getRawQuery() != null) {
			UriComponentsBuilder.fromUri(uri).build().getQueryParams().forEach((name, values) -> {
				values.forEach(v -> shown.add(name, v == null ? "" : URLDecoder.decode(v, StandardCharsets.UTF_8)));
				fields.add(name);
			});
		}
		boolean submitChosen = false;
		Set<String> once = new HashSet<>();
		Set<String> lists = new LinkedHashSet<>();
		for (Element field : element.select("input[name], select[name], textarea[name], button[name]")) {
			String name = field.attr("name");
			if (!once.add(name) || field.hasAttr("multiple")) {
				lists.add(name);
			}
			String type = field.attr("type").toLowerCase();
			if (field.tagName().equals("button") || type.equals("submit")) {
				if (!submitChosen) {
					shown.add(name, field.attr("value"));
					submitChosen = true;
				}
			}
			else if (type.equals("file")) {
				files.add(name);
				continue;
			}
			else if (type.equals("checkbox") || type.equals("radio")) {
				if (field.hasAttr("checked")) {
					shown.add(name, field.hasAttr("value") ? field.attr("value") : "on");
				}
			}
			else if (field.tagName().equals("select")) {
				Element option = Optional.ofNullable(field.selectFirst("option[selected]"))
					.orElse(field.selectFirst("option"));
				if (option != null) {
					shown.add(name, option.hasAttr("value") ? option.attr("value") : option.text());
				}
			}
			else if (field.tagName().equals("textarea")) {
				shown.add(name, field.wholeText());
			}
			else {
				shown.add(name, field.attr("value"));
			}
			fields.add(name);
		}
		fields.remove("_csrf");
		shown.remove("_csrf");
		String path = uri.getRawPath();
		Optional<Mapping> mapping = mapping(method, path);
		String pattern = mapping.map(m -> m.pattern().getPatternString()).orElse(path);
		mapping.ifPresent(m -> {
			// what the handler takes besides the page's fields may be anything
			fields(m.handler()).stream().filter(f -> !fields.contains(f)).forEach(lists::add);
			fields.addAll(fields(m.handler()));
			files.addAll(files(m.handler()));
		});
		return Optional.of(new Form(method, path, pattern, shown, fields, files, lists));
	}

	private void attack(Visitor visitor, Form form) throws Exception {
		send(build(form, form.shown(), false).with(visitor.login()), visitor.name(), form.method() + " " + form.path(),
				null, null);
		for (String field : form.fields()) {
			for (String value : CORPUS) {
				MultiValueMap<String, String> values = new LinkedMultiValueMap<>(form.shown());
				values.put(field, List.of(value));
				send(build(form, values, false).with(visitor.login()), visitor.name(),
						form.method() + " " + form.path(), field, value);
			}
			Matcher indexed = INDEXED.matcher(field);
			List<String> suffixes = new ArrayList<>(NAME_CORPUS);
			if (form.lists().contains(field) || indexed.matches()) {
				suffixes.addAll(LIST_NAME_CORPUS);
			}
			for (String suffix : suffixes) {
				MultiValueMap<String, String> values = new LinkedMultiValueMap<>(form.shown());
				values.add(field + suffix, "1");
				send(build(form, values, false).with(visitor.login()), visitor.name(),
						form.method() + " " + form.path(), field + suffix, "1");
			}
			if (indexed.matches()) {
				// a list with a gap, and one longer than any form has
				for (int index : new int[] { Integer.parseInt(indexed.group(2)) + 7, 300 }) {
					MultiValueMap<String, String> values = new LinkedMultiValueMap<>(form.shown());
					String name = indexed.group(1) + "[" + index + "]" + indexed.group(3);
					values.add(name, "x");
					send(build(form, values, false).with(visitor.login()), visitor.name(),
							form.method() + " " + form.path(), name, "x");
				}
			}
			MultiValueMap<String, String> twice = new LinkedMultiValueMap<>(form.shown());
			twice.put(field, List.of("1", "abc"));
			send(build(form, twice, false).with(visitor.login()), visitor.name(), form.method() + " " + form.path(),
					field, "1 and abc");
		}
		if (!form.files().isEmpty()) {
			send(build(form, form.shown(), true).with(visitor.login()), visitor.name(),
					form.method() + " " + form.path(), "files", "hostile files");
		}
	}

	private AbstractMockHttpServletRequestBuilder<?> build(Form form, MultiValueMap<String, String> values,
			boolean hostileFiles) {
		URI uri = URI.create(form.path());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (form.method() == HttpMethod.POST && !form.files().isEmpty()) {
			MockMultipartHttpServletRequestBuilder upload = multipart(uri);
			for (String name : form.files()) {
				if (hostileFiles) {
					upload.file(new MockMultipartFile(name, "a\u0000b\u0007.pdf", "application/pdf",
							"%PDF-1.7\u0000 not a PDF at all".getBytes(StandardCharsets.UTF_8)));
					upload.file(new MockMultipartFile(name, "../../../etc/passwd", "text/html",
							"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
					upload.file(new MockMultipartFile(name, "", "application/octet-stream", new byte[0]));
				}
				else {
					upload.file(new MockMultipartFile(name, "", "application/octet-stream", new byte[0]));
				}
			}
			builder = upload;
		}
		else {
			builder = request(form.method(), uri);
		}
		builder.params(values);
		return form.method() == HttpMethod.POST ? builder.with(csrf()) : builder;
	}

	/**
	 * Sends it; a server error, an exception out of the application or a stack trace on
	 * the page is a failure.
	 */
	private MvcResult send(AbstractMockHttpServletRequestBuilder<?> builder, String who, String what, String field,
			String value) {
		requests++;
		String attempt = who + ": " + what + (field == null ? "" : " with " + field + "=" + shown(value));
		try {
			MvcResult result = mvc.perform(builder).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			Matcher trace = STACK_TRACE.matcher(body);
			if (status >= 500) {
				fail(attempt + " answered " + status);
			}
			else if (trace.find()) {
				fail(attempt + " showed " + trace.group());
			}
			else if (status == 200 && body.contains(fieldsBelow()) && !FIELD_ERROR.matcher(body).find()) {
				fail(attempt + " was refused without a message next to any field");
			}
			return result;
		}
		catch (Exception ex) {
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			fail(attempt + " failed: " + cause);
			return null;
		}
	}

	/**
	 * The summary that sends the person to the fields marked below; a refusal that lists
	 * its reasons itself is fine.
	 */
	private String fieldsBelow() {
		return messages.getMessage("validation.summary", null, Locale.forLanguageTag("da"));
	}

	private void fail(String failure) {
		failures.add(failure);
		System.out.println("HOSTILE " + failure);
	}

	private static String shown(String value) {
		String visible = value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
		StringBuilder text = new StringBuilder();
		visible.codePoints()
			.forEach(c -> text.append(c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c == 0xffff
					? String.format("\\u%04x", c) : new String(Character.toChars(c))));
		return text.toString();
	}

	/**
	 * A link or action within the site that this test may follow; files and feeds are not
	 * pages.
	 */
	private static Optional<String> local(String href) {
		try {
			URI uri = URI.create("http://localhost/").resolve(href.trim());
			String path = uri.getRawPath();
			if (!"localhost".equals(uri.getHost()) || path == null || path.startsWith("//")
					|| path.matches(".*\\.(pdf|ics|geojson|css|js|png|svg|ico)$")
					|| path.matches("/(webjars|css|js|images|logout)(/.*)?") || path.contains("/attachments/")) {
				return Optional.empty();
			}
			return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String path(String page) {
		int query = page.indexOf('?');
		return query < 0 ? page : page.substring(0, query);
	}

	private List<Mapping> mappings() {
		List<Mapping> all = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				if (pattern.getPatternString().equals("/error")) {
					continue;
				}
				info.getMethodsCondition()
					.getMethods()
					.forEach(method -> all
						.add(new Mapping(HttpMethod.valueOf(method.name()), pattern, entry.getValue())));
			}
		}
		all.sort(Comparator.comparing((Mapping m) -> m.pattern().getPatternString())
			.thenComparing(m -> m.method().name()));
		return all;
	}

	private Optional<Mapping> mapping(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return mappings().stream()
			.filter(m -> m.method() == method && m.pattern().matches(container))
			.min(Comparator.comparing(Mapping::pattern, PathPattern.SPECIFICITY_COMPARATOR));
	}

	private static List<String> variables(PathPattern pattern) {
		List<String> names = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\{\\*?(\\w+)").matcher(pattern.getPatternString());
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The fields a handler binds: its request parameters and the components of the forms
	 * it takes.
	 */
	private static Set<String> fields(HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class) || isFile(parameter)) {
				continue;
			}
			if (param != null && !Map.class.isAssignableFrom(type)) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				fields.add(name);
			}
			else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class) || param == null)) {
				for (var component : type.getRecordComponents()) {
					fields.add(component.getName());
				}
			}
		}
		return fields;
	}

	private static Set<String> files(HandlerMethod handler) {
		Set<String> files = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (isFile(parameter)) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				files.add(param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName());
			}
		}
		return files;
	}

	private static boolean isFile(MethodParameter parameter) {
		return MultipartFile.class.isAssignableFrom(parameter.getParameterType()) || MultipartFile.class
			.equals(ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric());
	}

}
