package dk.samspil.strategy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A topic's links: web addresses and addresses within Samspil, nothing else. */
class TopicFormTest {

	@Test
	void aLinkLeadsToTheWebOrWithinSamspilOnly() {
		assertThat(TopicForm.safe("https://vejle.dk/klimaplan")).isTrue();
		assertThat(TopicForm.safe("/decisions/12")).isTrue();
		// browsers read a backslash as a slash, so these lead to another site
		assertThat(TopicForm.safe("//other.example")).isFalse();
		assertThat(TopicForm.safe("/\\other.example")).isFalse();
		assertThat(TopicForm.safe("/\\/other.example")).isFalse();
		assertThat(TopicForm.safe("javascript:alert(1)")).isFalse();
		assertThat(TopicForm.safe("data:text/html,x")).isFalse();
	}

}
