package dk.samspil.strategy;

import java.time.Clock;

import dk.samspil.markdown.Markdown;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.SearchEntryRemoved;
import dk.samspil.search.Visibility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the search about topics and their comments. Everyone in the collaboration may
 * read the strategy's topics, so they are published for members
 * ({@link Visibility#MEMBERS}): found by anyone signed in, never by visitors.
 */
@Component
class StrategySearch {

	private final ApplicationEventPublisher events;

	private final Topics topics;

	private final Clock clock;

	StrategySearch(ApplicationEventPublisher events, Topics topics, Clock clock) {
		this.events = events;
		this.topics = topics;
		this.clock = clock;
	}

	/**
	 * The topic and every comment on it; a merged topic is no longer found, its comments
	 * lead to the survivor.
	 */
	void topic(Topic topic) {
		long id = topic.id().value();
		if (topic.status() == TopicStatus.MERGED) {
			events.publishEvent(new SearchEntryRemoved("strategy-topic", String.valueOf(id)));
			return;
		}
		StringBuilder text = new StringBuilder(Markdown.toText(topic.description()));
		topics.links(id).forEach(link -> text.append('\n').append(link.label()));
		events.publishEvent(new SearchEntry("strategy-topic", String.valueOf(id), null, Visibility.MEMBERS,
				topic.title(), text.toString(), topics.themes(id), topic.proposedAt(), url(topic), clock.instant()));
		topics.comments(id).forEach(comment -> comment(topic, comment));
	}

	void comment(Topic topic, Topic.Comment comment) {
		events.publishEvent(new SearchEntry("strategy-comment", String.valueOf(comment.id()), null, Visibility.MEMBERS,
				topic.title(), comment.body(), topics.themes(topic.id().value()), comment.at(),
				"/strategy/comments/" + comment.id(), clock.instant()));
	}

	private static String url(Topic topic) {
		return "/strategy/topics/" + topic.id().value();
	}

}
