package dk.samspil.groups;

import dk.samspil.accounts.PersonSummary;
import dk.samspil.region.Municipality;

/**
 * A member as a group's page shows them: the person, their municipality (if any) and
 * their role in the group.
 */
record Member(PersonSummary person, Municipality municipality, GroupRole role) {
}
