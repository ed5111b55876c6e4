import type { Continent } from '../schemas/member';

const europe = [
  'Albania', 'Andorra', 'Armenia', 'Austria', 'Azerbaijan', 'Belarus', 'Belgium', 'Bosnia and Herzegovina',
  'Bulgaria', 'Croatia', 'Cyprus', 'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'France', 'Georgia',
  'Germany', 'Greece', 'Hungary', 'Iceland', 'Ireland', 'Italy', 'Kosovo', 'Latvia', 'Liechtenstein',
  'Lithuania', 'Luxembourg', 'Macedonia', 'Malta', 'Moldova', 'Monaco', 'Montenegro', 'Netherlands', 'Norway',
  'Poland', 'Portugal', 'Romania', 'Russia', 'San Marino', 'Serbia', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
  'Switzerland', 'Turkey', 'Ukraine', 'United Kingdom',
] as const;

const africa = [
  'Algeria', 'Angola', 'Benin', 'Botswana', 'Burkina Faso', 'Burundi', 'Cameroon', 'Cape Verde',
  'Central African Republic', 'Chad', 'Comoros', 'Congo, Dem. Rep.', 'Congo, Rep.', "Côte d'Ivoire", 'Djibouti',
  'Egypt', 'Equatorial Guinea', 'Eritrea', 'Ethiopia', 'Gabon', 'Gambia, The', 'Ghana', 'Guinea', 'Guinea-Bissau',
  'Kenya', 'Lesotho', 'Liberia', 'Libya', 'Madagascar', 'Malawi', 'Mali', 'Mauritania', 'Mauritius', 'Morocco',
  'Mozambique', 'Namibia', 'Niger', 'Nigeria', 'Rwanda', 'São Tomé and Príncipe', 'Senegal', 'Seychelles',
  'Sierra Leone', 'Somalia', 'South Africa', 'South Sudan', 'Sudan', 'Swaziland', 'Tanzania', 'Togo', 'Tunisia',
  'Uganda', 'Zambia', 'Zimbabwe',
] as const;

const asia = [
  'Afghanistan', 'Bahrain', 'Bangladesh', 'Bhutan', 'Brunei', 'Cambodia', 'China', 'Hong Kong', 'India',
  'Indonesia', 'Iran', 'Iraq', 'Israel', 'Japan', 'Jordan', 'Kazakhstan', 'Korea, North', 'Korea, South', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Lebanon', 'Macau', 'Malaysia', 'Maldives', 'Mongolia', 'Myanmar', 'Nepal', 'Oman',
  'Pakistan', 'Palestine', 'Philippines', 'Qatar', 'Saudi Arabia', 'Singapore', 'Sri Lanka', 'Syria', 'Taiwan',
  'Tajikistan', 'Thailand', 'Timor-Leste', 'Turkmenistan', 'United Arab Emirates', 'Uzbekistan', 'Vietnam', 'Yemen',
] as const;

const americas = [
  'Antigua and Barbuda', 'Argentina', 'Bahamas, The', 'Barbados', 'Belize', 'Bolivia', 'Brazil', 'Canada', 'Chile',
  'Colombia', 'Costa Rica', 'Cuba', 'Dominica', 'Dominican Republic', 'Ecuador', 'El Salvador', 'Grenada',
  'Guatemala', 'Guyana', 'Haiti', 'Honduras', 'Jamaica', 'Mexico', 'Nicaragua', 'Panama', 'Paraguay', 'Peru',
  'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines', 'Suriname', 'Trinidad and Tobago',
  'United States', 'Uruguay', 'Venezuela',
] as const;

const oceania = [
  'Australia', 'Fiji', 'Kiribati', 'Micronesia, Fed. Sts.', 'New Zealand', 'Palau', 'Papua New Guinea', 'Samoa',
  'Solomon Islands', 'Tonga', 'Vanuatu',
] as const;

/**
 * The default continent of a country, spelt as in the dues table (R.9 appendix). Reading of the
 * founding act: Russia is Europe; so are the Council of Europe's Turkey and the Caucasus.
 * The continent stored on each member wins over this default (RULES.md §1).
 */
export const defaultContinents: Readonly<Record<string, Continent>> = Object.fromEntries([
  ...europe.map((country) => [country, 'Europe'] as const),
  ...africa.map((country) => [country, 'Africa'] as const),
  ...asia.map((country) => [country, 'Asia'] as const),
  ...americas.map((country) => [country, 'Americas'] as const),
  ...oceania.map((country) => [country, 'Oceania'] as const),
]);

/** The default continent of `country`, which R.7 proxies depend on (RULES.md §1), or null when unknown. */
export function defaultContinentOf(country: string): Continent | null {
  return defaultContinents[country.trim()] ?? null;
}
