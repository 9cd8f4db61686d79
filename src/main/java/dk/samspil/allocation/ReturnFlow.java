package dk.samspil.allocation;

/**
 * Water that comes back from demands, such as effluent reaching a treatment plant. It
 * arrives at the store in the month after delivery, which keeps every step a pure network
 * (see {@link Engine}).
 */
record ReturnFlow(int store, int[] demands, double fraction) {
}
