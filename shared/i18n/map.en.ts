/** Words of the map page (its description, the legend's keys, the note on its sources) and of the statistics charts. */
export const mapEn = {
  'chart.byGroup': 'Incidents by type of violation, all years',
  'map.desc':
    'Each region is shaded by its number of incidents; the cities of Almaty, Astana and Shymkent are circles. The table below the map has every number.',
  'map.zero': 'none',
  'map.city': 'city of republican significance',
  'map.split': 'hatched: two regions drawn as one, shaded by their sum',
  'map.sources':
    'Region shapes: Natural Earth (public domain), as they were before the 2022 reform. The Abai, Jetisu and Ulytau regions formed in 2022 are drawn, hatched, inside the region they were formed from (East Kazakhstan, Almaty and Karaganda regions): the shape is shaded by the two regions’ sum, and each has its own name and count. Each region’s own count is in the table.',
} as const;
