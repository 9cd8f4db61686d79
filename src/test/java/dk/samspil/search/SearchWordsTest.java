package dk.samspil.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import dk.samspil.SamspilTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of a query's words are kept, and never longer than the index's words stay the
 * same: a word this instance learns is found in compounds at once, one another instance
 * learned within {@link SearchWords#KEPT_FOR}.
 */
@SamspilTest
class SearchWordsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final SettableClock clock = new SettableClock();

	@Test
	void aWordAnotherInstanceLearnedIsFoundOnceTheKeptFormsAreTooOld() {
		SearchWords words = new SearchWords(jdbc, clock);
		assertThat(words.tsquery("skærvelund")).doesNotContain("skærvelundsbrønd");
		// another instance's indexer adds the word
		jdbc.sql("insert into search_word (word) values ('skærvelundsbrønd') on conflict do nothing").update();
		assertThat(words.tsquery("skærvelund")).doesNotContain("skærvelundsbrønd");
		clock.now = clock.now.plus(SearchWords.KEPT_FOR).plusSeconds(1);
		assertThat(words.tsquery("skærvelund")).contains("'skærvelundsbrønd'");
	}

	@Test
	void aWordThisInstanceLearnsIsFoundAtOnceWhenItsTransactionCommits() {
		SearchWords words = new SearchWords(jdbc, clock);
		assertThat(words.tsquery("tørvemose")).doesNotContain("tørvemosebælt");
		jdbc.sql("""
				insert into search_entry (kind, key, visibility, title, body, happened_at, url)
				values ('document', 'search-words-test', 'MEMBERS', 'Tørvemosebæltet', '', now(), '/')
				on conflict do nothing""").update();
		transactions.executeWithoutResult(status -> {
			words.learn("document", "search-words-test");
			assertThat(words.tsquery("tørvemose")).as("before the commit").doesNotContain("tørvemosebælt");
		});
		assertThat(words.tsquery("tørvemose")).contains("'tørvemosebælt");
		jdbc.sql("delete from search_entry where key = 'search-words-test'").update();
	}

	static final class SettableClock extends Clock {

		Instant now = Instant.parse("2026-12-05T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Copenhagen");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
