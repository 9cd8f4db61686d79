package dk.samspil.water;

/**
 * One thing wrong with a model, with the element it names ("" for the model as a whole).
 */
record ModelError(String element, String message) {
}
