/*
 * Sizes of the map's two label layouts in viewBox units (1000 across), each chosen so that its
 * text renders at 12 px or more where web/site.css shows it:
 * - wide, from 64rem (the map is then at least 990 px across, 0.99 px per unit): every unit's
 *   name and count, cities beside their small markers;
 * - narrow, below (the map is 328 to 640 px across): the count that gives each shape its colour
 *   at the shape's label point, and each city's count inside its large marker.
 * scripts/build-map.mjs reads them too: the shapes' label points keep clear of the city markers.
 */
export const WIDE = { size: 13, cityRadius: 8 } as const;
export const NARROW = { size: 37, cityRadius: 36 } as const;
