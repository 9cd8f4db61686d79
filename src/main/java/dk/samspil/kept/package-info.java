/**
 * What a few tables that change seldom hold (the groups and their members, the themes,
 * the consultations' caseworkers), kept in each instance's memory until one of them
 * changes anywhere in the cluster.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.samspil.kept;
