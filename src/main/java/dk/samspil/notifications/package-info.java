/**
 * E-mail for every module: an outbox written in the sender's transaction and delivered
 * over SMTP with retries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.notifications;
