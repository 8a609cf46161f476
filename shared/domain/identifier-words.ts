// Capitalised words that are not people's names: months, days, everyday words that start sentences, and the
// words of agencies, roles and audit practice. A run of capitalised words is only name-like when at least two
// of its words are not in here. Lower case; apostrophes and hyphens split words before lookup.

const MONTHS_AND_DAYS = `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun`;

const EVERYDAY = `the a an and or of in on at to for with by from into onto over under about across through this that these
those there here their they them we our us you your it its is was were be been being has had have having do did does
not no yes all any some each every both either neither when where what why how who whom whose which while after
before during since until then than also but if as so very more most less least further following overall key good
poor strong weak clear unclear limited little much many few several other others another same such only just still
however although though because therefore thus again already always never often sometimes usually generally please
note notes see refer including included include whether would could should might must will shall can may
mr mrs ms miss mx dr sir madam dear regards kind best thanks thank first second third last next previous recent
current initial final further full part partly partially high medium low red amber green`;

const PEOPLE_AND_ROLES = `child children childs young person people persons family families parent parents mother father mum dad
mummy daddy stepmother stepfather stepmum stepdad carer carers caregiver caregivers sibling siblings brother sister
brothers sisters grandparent grandparents grandmother grandfather grandma grandad nan aunt uncle cousin partner
boyfriend girlfriend baby babies infant infants toddler teenager adolescent adult adults household households
professional professionals practitioner practitioners worker workers social visitor visitors nurse nurses midwife
midwives doctor doctors gp paediatrician paediatric consultant therapist psychologist psychiatrist officer officers
teacher teachers headteacher head deputy designated named lead leads senior manager managers director assistant chair
independent reviewing scrutineer auditor auditors student staff colleague colleagues team leader supervisor`;

const AGENCIES_AND_PLACES = `school schools education academy primary secondary infant junior nursery college university
health healthcare hospital hospitals trust trusts foundation nhs integrated care board icb clinic clinical surgery
practice practices general community mental wellbeing camhs police constabulary probation fire rescue housing
council county city borough district local authority authorities service services unit units hub centre center front
door early help children's childrens adult adults youth justice offending voluntary sector charity church faith
sport sports leisure club partnership partnerships safeguarding multi agency agencies interagency inter ambulance
emergency department maternity ward gp's dental department government office ofsted cqc england english wales welsh
scotland uk british national regional north south east west northern southern eastern western central new old great
upper lower street road lane avenue house court park`;

const AUDIT_PRACTICE = `case cases file files audit audits auditing tool tools return returns section standard standards
rating ratings outstanding requires improvement inadequate adequate met unmet not applicable lived experience voice
timeliness communication engagement working well emerging concern concerns learning finding findings recommendation
recommendations action actions summary narrative gap gaps area areas theme themes sample sampling methodology deep
dive light touch judgement judgements appreciative inquiry quality assurance performance impact group subgroup
executive operational business strategy strategic meeting meetings conference conferences review reviews plan plans
planning protection need needs neglect exploitation criminal sexual domestic abuse violence substance misuse alcohol
drug drugs referral referrals assessment assessments contact contacts record records recording chronology supervision
training policy policies procedure procedures guidance threshold thresholds step down up looked after leaving
fostering foster adoption residential private plan core initial strategy discussion section police protection
order orders court legal public law outline pre proceedings risk risks safety safe unsafe harm significant welfare
wellbeing attendance exclusion missing episode episodes home visit visits visiting seen unseen observation
observations direct indirect evidence evidenced outcome outcomes progress what went even better steps`;

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  [MONTHS_AND_DAYS, EVERYDAY, PEOPLE_AND_ROLES, AGENCIES_AND_PLACES, AUDIT_PRACTICE].join(' ').split(/\s+/).filter(Boolean),
);
