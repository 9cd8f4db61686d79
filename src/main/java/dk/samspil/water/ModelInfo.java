package dk.samspil.water;

import dk.samspil.groups.GroupId;

/**
 * A water model as lists and access checks need it: whose it is and its newest version.
 */
record ModelInfo(WaterModelId id, GroupId group, String name, int latest) {
}
