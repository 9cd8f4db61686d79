/**
 * Water vocabulary on top of the allocation core: groundwater, streams, waterworks,
 * wastewater, drinking water, industry and PtX.
 */
@org.springframework.modulith.NamedInterface("water")
package dk.samspil.allocation.water;
