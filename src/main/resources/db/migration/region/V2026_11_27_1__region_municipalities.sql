create table region_municipality (
    code            char(4) primary key check (code ~ '^[0-9]{4}$'),
    name            text    not null,
    population      integer not null check (population >= 0),
    population_year integer,
    area_km2        integer check (area_km2 > 0),
    latitude        double precision not null,
    longitude       double precision not null
);

create table region_boundary (
    municipality_code char(4) primary key references region_municipality (code),
    geometry          jsonb not null
);

create table region_boundary_import (
    id            bigint generated always as identity primary key,
    imported_at   timestamptz not null default now(),
    imported_by   text not null,
    source_name   text not null,
    attribution   text not null,
    feature_count integer not null
);
