package dk.samspil.strategy;

import dk.samspil.rules.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import dk.samspil.accounts.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A municipality's ballot, for its named voters only, until the close. Nobody else, the
 * secretariat included, sees how a municipality votes before then; afterwards every
 * ballot is on the round's page.
 */
@Controller
class BallotController {

	private final Rounds rounds;

	private final Ballots ballots;

	private final BallotDesk desk;

	private final Results results;

	private final Names names;

	private final Clock clock;

	BallotController(Rounds rounds, Ballots ballots, BallotDesk desk, Results results, Names names, Clock clock) {
		this.rounds = rounds;
		this.ballots = ballots;
		this.desk = desk;
		this.results = results;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/strategy/rounds/{id}/ballots/{code}")
	String show(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Round round = allowed(id, code, user);
		if (round.isClosed()) {
			return "redirect:/strategy/rounds/" + id + "#ballots-heading";
		}
		var current = ballots.find(id, code);
		BindingResult form = current.map(b -> BallotInput.shown(round, b.choice())).orElseGet(BallotInput::empty);
		return page(round, code, form, current.map(Ballots.Ballot::version).orElse(0), model);
	}

	@PostMapping("/strategy/rounds/{id}/ballots/{code}")
	String cast(@PathVariable long id, @PathVariable String code, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Round round = allowed(id, code, user);
		BallotInput input = BallotInput.read(round, params.toSingleValueMap());
		if (input.form().hasErrors()) {
			return page(round, code, input.form(), input.basedOn(), model);
		}
		try {
			desk.cast(round.id(), code, user.personId(), input.choice(), input.basedOn());
		}
		catch (BallotDesk.Outdated ex) {
			model.addAttribute("outdated", true);
			model.addAttribute("newer", ex.newer());
			model.addAttribute("newerText",
					ex.newer() == null ? "" : ex.newer().choice().describe(results.titles(round)));
			// what the voter typed stays; saving again is now a deliberate choice over
			// the newer ballot
			return page(round, code, input.form(), ex.newer() == null ? 0 : ex.newer().version(), model);
		}
		catch (Refusal ex) {
			// a rule of the round: above the form, with what was typed kept
			ex.rejectOn(input.form());
			return page(round, code, input.form(), input.basedOn(), model);
		}
		return "redirect:/strategy/rounds/" + id + "?saved=" + code;
	}

	/**
	 * The round, if the person is one of the municipality's voters in it; else 403,
	 * whoever they are.
	 */
	private Round allowed(long id, String code, SignedInUser user) {
		Round round = rounds.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!desk.mayVote(round.id(), code, user.personId())) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		return round;
	}

	private String page(Round round, String code, BindingResult form, int basedOn, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("code", code);
		model.addAttribute("municipality", names.municipalities().getOrDefault(code, code));
		model.addAttribute("titles", results.titles(round));
		model.addAllAttributes(form.getModel());
		model.addAttribute("basedOn", basedOn);
		model.addAttribute("takesBallots", round.takesBallots(clock.instant()));
		model.addAttribute("positions", IntStream.rangeClosed(1, round.topics().size()).boxed().toList());
		model.addAttribute("changes", ballots.changes(round.id().value(), code));
		model.addAttribute("people", names.people());
		if (!model.containsAttribute("outdated")) {
			model.addAttribute("outdated", false);
		}
		return "strategy/ballot";
	}

}
