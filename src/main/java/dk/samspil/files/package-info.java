/**
 * Files in and out, the same for every module: uploads recognised by their content
 * against one list of accepted types per use, safe file names and download headers, and
 * PDF laid out from the same Thymeleaf templates as pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.files;
