/**
 * Model files for the allocation engine: the JSON format, its schema check, the demo and
 * synthetic models, and the command line.
 */
@org.springframework.modulith.NamedInterface("file")
package dk.samspil.allocation.file;
