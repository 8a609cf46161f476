import type { AgencyContactRole, Duty } from '../../../shared/domain/enums';

// Northmoor is fictional: names, postcodes (NM, WV) and identifiers are made up, but shaped like the real thing.

export interface DemoAgency {
  name: string;
  sector: string;
  duties: Duty[];
  schoolUrn?: string;
  ofstedUrn?: string;
  odsCode?: string;
  charityNumber?: string;
  addressLine1: string;
  town: string;
  postcode: string;
  lead: [name: string, jobTitle: string];
  deputy?: [name: string, jobTitle: string];
  notes?: string;
}

const a = (x: DemoAgency) => x;

export const DEMO_AGENCIES: DemoAgency[] = [
  a({ name: "Northmoor Council Children's Services", sector: 'la_childrens', duties: ['s11'], addressLine1: 'Civic Centre, Market Street', town: 'Northmoor', postcode: 'NM1 1AA', lead: ['Helen Ashworth', 'Director of Children’s Services'], deputy: ['Marcus Okafor', 'Head of Safeguarding and Quality Assurance'] }),
  a({ name: 'Northmoor Council Early Help Service', sector: 'la_childrens', duties: ['s11'], addressLine1: 'Civic Centre, Market Street', town: 'Northmoor', postcode: 'NM1 1AA', lead: ['Priya Nair', 'Head of Early Help'] }),
  a({ name: 'Northmoor Youth Justice Service', sector: 'la_childrens', duties: ['s11'], addressLine1: '14 Bridge Street', town: 'Northmoor', postcode: 'NM1 3DF', lead: ['Gareth Lowe', 'Youth Justice Service Manager'] }),
  a({ name: 'Northmoor Council Housing Options', sector: 'housing', duties: ['s11'], addressLine1: 'Civic Centre, Market Street', town: 'Northmoor', postcode: 'NM1 1AA', lead: ['Donna Reilly', 'Housing Options Manager'] }),
  a({ name: 'Northmoor and Westvale Integrated Care Board', sector: 'health', duties: ['s11'], odsCode: 'QNW', addressLine1: 'Kelby House, Station Road', town: 'Kelby', postcode: 'NM7 2QP', lead: ['Dr Ruth Castellan', 'Designated Nurse for Safeguarding Children'], deputy: ['Dr Imran Siddiqui', 'Designated Doctor for Safeguarding Children'] }),
  a({ name: 'Northmoor Teaching Hospitals NHS Foundation Trust', sector: 'health', duties: ['s11'], odsCode: 'RNM', addressLine1: 'Northmoor General Hospital, Infirmary Road', town: 'Northmoor', postcode: 'NM2 4HX', lead: ['Claire Bamford', 'Named Nurse Safeguarding Children'], deputy: ['Dr Tom Whitlock', 'Named Doctor Safeguarding Children'] }),
  a({ name: 'Westvale Community Health NHS Trust', sector: 'health', duties: ['s11'], odsCode: 'RWV', addressLine1: 'Beacon Lane Clinic', town: 'Westvale', postcode: 'WV3 8LT', lead: ['Angela Dunmore', 'Head of Safeguarding'] }),
  a({ name: 'Northmoor Mental Health NHS Foundation Trust', sector: 'health', duties: ['s11'], odsCode: 'RMH', addressLine1: 'Elm Park, Moor Road', town: 'Northmoor', postcode: 'NM4 6RE', lead: ['Stephen Achebe', 'Named Professional for Safeguarding'] }),
  a({ name: 'North Region Ambulance Service NHS Trust', sector: 'health', duties: ['s11'], odsCode: 'RX9', addressLine1: 'Ladybridge Ambulance Hub', town: 'Kelby', postcode: 'NM7 5BB', lead: ['Lorraine Pike', 'Safeguarding Lead'] }),
  a({ name: 'Northmoor GP Federation', sector: 'health', duties: ['s11'], addressLine1: '2 Canal Wharf', town: 'Northmoor', postcode: 'NM1 6GW', lead: ['Dr Fiona Grant', 'Named GP for Safeguarding'], notes: 'Returns on behalf of 31 practices.' }),
  a({ name: 'Northmoor Police', sector: 'police', duties: ['s11'], addressLine1: 'Police Headquarters, Castle Way', town: 'Northmoor', postcode: 'NM3 9PD', lead: ['Det Supt Karen Blythe', 'Head of Public Protection'], deputy: ['DCI Paul Renshaw', 'Detective Chief Inspector, Safeguarding'] }),
  a({ name: 'Probation Service – Northmoor and Westvale', sector: 'probation', duties: ['s11'], addressLine1: '40 Albion Street', town: 'Westvale', postcode: 'WV1 2NJ', lead: ['Janet Okonjo', 'Head of Probation Delivery Unit'] }),
  a({ name: 'Northmoor Fire and Rescue Service', sector: 'fire', duties: ['s11'], addressLine1: 'Fire Service Headquarters, Ring Road', town: 'Northmoor', postcode: 'NM5 1FR', lead: ['Group Manager Alan Pryce', 'Prevention and Safeguarding Lead'] }),
  a({ name: 'Riverside Homes Housing Association', sector: 'housing', duties: ['s11'], addressLine1: '7 Quayside', town: 'Westvale', postcode: 'WV2 4QS', lead: ['Natalie Sykes', 'Tenancy Safeguarding Manager'] }),
  a({ name: 'Northmoor College', sector: 'education', duties: ['s175'], schoolUrn: '130512', addressLine1: 'College Road', town: 'Northmoor', postcode: 'NM2 7CR', lead: ['Samira Haddad', 'Designated Safeguarding Lead'] }),
  a({ name: 'Northmoor Academy', sector: 'education', duties: ['s175'], schoolUrn: '141207', addressLine1: 'Heath Lane', town: 'Northmoor', postcode: 'NM4 2HL', lead: ['Rob Ellison', 'Deputy Headteacher (DSL)'], deputy: ['Kate Morrow', 'Pastoral Lead (Deputy DSL)'] }),
  a({ name: 'St Aidan’s Church of England Primary School', sector: 'education', duties: ['s175'], schoolUrn: '107334', addressLine1: 'Church Walk', town: 'Northmoor', postcode: 'NM1 8SA', lead: ['Mrs Joanne Pell', 'Headteacher (DSL)'] }),
  a({ name: 'Westvale High School', sector: 'education', duties: ['s175'], schoolUrn: '107402', addressLine1: 'Valley Road', town: 'Westvale', postcode: 'WV3 1HS', lead: ['Mr Daniel Hurst', 'Assistant Head (DSL)'] }),
  a({ name: 'Kelby Primary School', sector: 'education', duties: ['s175'], schoolUrn: '107289', addressLine1: 'School Lane', town: 'Kelby', postcode: 'NM7 3KP', lead: ['Ms Aisha Rahman', 'Headteacher (DSL)'] }),
  a({ name: 'Moorside Primary School', sector: 'education', duties: ['s175'], schoolUrn: '107301', addressLine1: 'Moorside Avenue', town: 'Northmoor', postcode: 'NM4 5MP', lead: ['Mr Ian Carver', 'Deputy Head (DSL)'] }),
  a({ name: 'Moorside Primary School', sector: 'education', duties: ['s175'], schoolUrn: '139876', addressLine1: 'Ashford Road', town: 'Ashford Bridge', postcode: 'WV6 2AR', lead: ['Mrs Lucy Denton', 'Headteacher (DSL)'], notes: 'Same name as the Northmoor school: tell them apart by URN.' }),
  a({ name: 'Brookfield Special School', sector: 'education', duties: ['s175'], schoolUrn: '107455', addressLine1: 'Brookfield Drive', town: 'Westvale', postcode: 'WV2 9BF', lead: ['Mr Simon Tate', 'Headteacher (DSL)'] }),
  a({ name: 'Northmoor Pupil Referral Unit', sector: 'education', duties: ['s175'], schoolUrn: '131098', addressLine1: 'Foundry Street', town: 'Northmoor', postcode: 'NM1 4PR', lead: ['Ms Gemma Lord', 'Head of Centre (DSL)'] }),
  a({ name: 'Holy Cross Catholic High School', sector: 'education', duties: ['s175'], schoolUrn: '107420', addressLine1: 'Cross Lane', town: 'Kelby', postcode: 'NM7 8HC', lead: ['Mr Patrick Doyle', 'Assistant Head (DSL)'] }),
  a({ name: 'Ashford Bridge Independent School', sector: 'education', duties: ['s175'], schoolUrn: '107599', addressLine1: 'The Grange', town: 'Ashford Bridge', postcode: 'WV6 4GR', lead: ['Dr Eleanor Voss', 'Designated Safeguarding Lead'], notes: 'Independent school: s157 duty.' }),
  a({ name: 'Little Acorns Day Nursery', sector: 'early_years', duties: ['childcare'], ofstedUrn: 'EY482913', addressLine1: '3 Park Parade', town: 'Northmoor', postcode: 'NM2 3LA', lead: ['Becky Hollins', 'Nursery Manager (DSL)'] }),
  a({ name: 'Sunflower Pre-School', sector: 'early_years', duties: ['childcare'], ofstedUrn: 'EY391725', charityNumber: '1098765', addressLine1: 'Methodist Hall, Chapel Street', town: 'Westvale', postcode: 'WV1 7SP', lead: ['Carol Ingham', 'Pre-School Leader (DSL)'] }),
  a({ name: 'Kelby Community Nursery', sector: 'early_years', duties: ['childcare'], ofstedUrn: 'EY501288', addressLine1: 'Community Centre, High Street', town: 'Kelby', postcode: 'NM7 1KN', lead: ['Amira Shah', 'Manager (DSL)'] }),
  a({ name: 'Bright Beginnings Childminding Network', sector: 'early_years', duties: ['childcare'], ofstedUrn: 'EY612044', addressLine1: '18 Rowan Close', town: 'Northmoor', postcode: 'NM4 9RC', lead: ['Jo Fairley', 'Network Co-ordinator'] }),
  a({ name: 'Little Acorns Day Nursery', sector: 'early_years', duties: ['childcare'], ofstedUrn: 'EY533170', addressLine1: '55 Mill Lane', town: 'Ashford Bridge', postcode: 'WV6 1ML', lead: ['Hannah Birch', 'Nursery Manager (DSL)'], notes: 'A different setting from the Northmoor one of the same name.' }),
  a({ name: 'Moorside Children’s Centre Nursery', sector: 'early_years', duties: ['childcare', 's11'], ofstedUrn: 'EY377410', addressLine1: 'Moorside Avenue', town: 'Northmoor', postcode: 'NM4 5MP', lead: ['Lisa Farrow', 'Centre Manager'] }),
  a({ name: 'Northmoor Youth Trust', sector: 'voluntary', duties: ['s11'], charityNumber: '1123456', addressLine1: 'The Hub, 9 Canal Street', town: 'Northmoor', postcode: 'NM1 5CH', lead: ['Owen Parry', 'Chief Executive'] }),
  a({ name: 'Northmoor Domestic Abuse Service', sector: 'voluntary', duties: ['s11'], charityNumber: '1087654', addressLine1: 'PO Box 112', town: 'Northmoor', postcode: 'NM1 0DA', lead: ['Sian Roberts', 'Services Manager'] }),
  a({ name: 'Brighter Futures Northmoor', sector: 'voluntary', duties: ['s11'], charityNumber: '1145321', addressLine1: '21 Victoria Road', town: 'Westvale', postcode: 'WV2 6VR', lead: ['Mohammed Iqbal', 'Safeguarding Manager'] }),
  a({ name: 'Westvale Young Carers', sector: 'voluntary', duties: ['s11'], charityNumber: '1162207', addressLine1: '4 Market Place', town: 'Westvale', postcode: 'WV1 3MP', lead: ['Ruth Langley', 'Project Lead'] }),
  a({ name: 'Northmoor Faith Forum', sector: 'voluntary', duties: [], charityNumber: '1170033', addressLine1: 'Interfaith Centre, Temple Street', town: 'Northmoor', postcode: 'NM3 2TF', lead: ['Rev. Andrew Kaye', 'Safeguarding Officer'], notes: 'Completes the tool voluntarily; no statutory duty.' }),
  a({ name: 'Northmoor Leisure Trust', sector: 'sport', duties: ['s11'], charityNumber: '1109988', addressLine1: 'Moor Park Leisure Centre', town: 'Northmoor', postcode: 'NM4 7LC', lead: ['Dean Whitaker', 'Safeguarding and Welfare Officer'] }),
  a({ name: 'Northmoor Town FC Community Foundation', sector: 'sport', duties: [], charityNumber: '1156780', addressLine1: 'Moor Lane Stadium', town: 'Northmoor', postcode: 'NM4 8FC', lead: ['Kelly Marsh', 'Designated Safeguarding Officer'] }),
  a({ name: 'Westvale Swimming Club', sector: 'sport', duties: [], addressLine1: 'Westvale Baths, Pool Street', town: 'Westvale', postcode: 'WV2 1PS', lead: ['Tony Greaves', 'Club Welfare Officer'] }),
  a({ name: 'Northmoor Council Licensing', sector: 'other', duties: ['s11'], addressLine1: 'Civic Centre, Market Street', town: 'Northmoor', postcode: 'NM1 1AA', lead: ['Paula Stead', 'Licensing Manager'] }),
  a({ name: 'Northmoor Community Safety Partnership', sector: 'other', duties: ['s11'], addressLine1: 'Civic Centre, Market Street', town: 'Northmoor', postcode: 'NM1 1AA', lead: ['Chris Mallory', 'Community Safety Manager'] }),
  a({ name: 'Westvale Family Court Advisory Team', sector: 'other', duties: ['s11'], addressLine1: 'Combined Court Centre, Albion Street', town: 'Westvale', postcode: 'WV1 2NJ', lead: ['Yvonne Adeyemi', 'Service Manager'] }),
];

/** The business unit's own people and the independent scrutineer. */
export const DEMO_BUSINESS_UNIT: Array<{ fullName: string; jobTitle: string; email: string; phone: string; isScrutineer?: boolean }> = [
  { fullName: 'Sarah Whitfield', jobTitle: 'Partnership Manager', email: 'sarah.whitfield@northmoor.gov.example', phone: '01632 960 101' },
  { fullName: 'Tom Begum', jobTitle: 'Partnership Business Officer', email: 'tom.begum@northmoor.gov.example', phone: '01632 960 102' },
  { fullName: 'Jenny Clarke', jobTitle: 'Quality Assurance Officer', email: 'jenny.clarke@northmoor.gov.example', phone: '01632 960 103' },
  { fullName: 'Dr Alan Marsh', jobTitle: 'Independent Scrutineer', email: 'alan.marsh@scrutiny.example', phone: '07700 900 410', isScrutineer: true },
];

export const demoRole = (i: number): AgencyContactRole => (i === 0 ? 'safeguarding_lead' : 'deputy_lead');
