/**
 * The one Markdown renderer of the product, with its one link policy: text people write
 * is shown as formatting, never as markup, script or a link to anything but the web, mail
 * or our own pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.markdown;
