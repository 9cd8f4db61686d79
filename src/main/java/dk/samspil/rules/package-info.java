/**
 * How a refused action reaches the page, the same in every module: the one exception a
 * rule throws ({@link dk.samspil.rules.Refusal}) and the one advice that shows its reason
 * to the person who asked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "time" })
package dk.samspil.rules;
