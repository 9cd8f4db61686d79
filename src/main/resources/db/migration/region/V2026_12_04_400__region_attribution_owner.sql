-- The map now writes the credit line in the reader's language ("Indeholder data fra …" / "Contains data from …")
-- around the data owner; imports until now stored the whole English sentence.
update region_boundary_import set attribution = regexp_replace(attribution, '^Contains data from\s+', '')
where attribution like 'Contains data from %';
