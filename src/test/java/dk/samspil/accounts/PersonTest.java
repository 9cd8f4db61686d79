package dk.samspil.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {

	final Person person = new Person(7L, "pia", "Pia Plan", "pia@test.example", null, null, Role.MEMBER, "hash", true,
			3);

	@Test
	void anEditOnAnOlderVersionIsRefusedAndChangesNothing() {
		assertThatThrownBy(() -> person.edit(details("Pia Ny", Role.MEMBER), null, 2))
			.isInstanceOfSatisfying(ChangedMeanwhile.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("people.changedMeanwhile");
				assertThat(refusal.current().displayName()).isEqualTo("Pia Plan");
			});
		assertThat(person.displayName()).isEqualTo("Pia Plan");
		assertThat(person.version()).isEqualTo(3);
	}

	@Test
	void anEditWithoutAVersionIsRefused() {
		assertThatThrownBy(() -> person.edit(details("Pia Ny", Role.MEMBER), null, null))
			.isInstanceOf(ChangedMeanwhile.class);
	}

	@Test
	void anEditOnTheCurrentVersionCountsOne() {
		person.edit(details("Pia Ny", Role.MEMBER), null, 3);
		assertThat(person.displayName()).isEqualTo("Pia Ny");
		assertThat(person.version()).isEqualTo(4);
	}

	@Test
	void aChangedRoleUsernameOrPasswordEndsTheSessionsAndANameDoesNot() {
		assertThat(person.edit(details("Pia Ny", Role.MEMBER), null, 3)).isFalse();
		assertThat(person.edit(details("Pia Ny", Role.SECRETARIAT), null, 4)).isTrue();
		assertThat(person.edit(details("Pia Ny", Role.SECRETARIAT), "new hash", 5)).isTrue();
		assertThat(person
			.edit(new PersonDetails("pia.plan", "Pia Ny", "pia@test.example", null, null, Role.SECRETARIAT), null, 6))
			.isTrue();
	}

	private static PersonDetails details(String name, Role role) {
		return new PersonDetails("pia", name, "pia@test.example", null, null, role);
	}

}
