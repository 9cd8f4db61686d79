/**
 * A real OpenID Connect provider (Spring Authorization Server) for the sign-in tests,
 * outside the application's packages so that its beans stay out of the application.
 */
package oidc;
