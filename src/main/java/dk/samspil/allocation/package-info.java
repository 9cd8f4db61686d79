/**
 * Allocation engine: a network of stores, junctions, demands and links solved month by
 * month under tiered priorities.
 */
package dk.samspil.allocation;
