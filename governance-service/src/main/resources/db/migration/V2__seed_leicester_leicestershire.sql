-- Leicester & Leicestershire's governance as reported to the Leicestershire Together Executive on 2 September 2009
-- ("Total Place Programme Update", report of Leicestershire County Council). Likelihood and impact scores of the
-- RAID entries are the programme office's reading of the report, which names the risks but does not score them.

INSERT INTO known_place (id, name, kind, status, updated_at)
VALUES ('leicester-leicestershire', 'Leicester and Leicestershire', 'PILOT', 'ACTIVE', TIMESTAMP '2009-09-02 00:00:00');

-- groups, parents first (reports-to tree)
INSERT INTO gov_group (id, place_id, name, kind, purpose, reports_to_id) VALUES
('ll-public-service-board', 'leicester-leicestershire', 'Public Service Board', 'BOARD',
 'A ''public service board'' comprising the City and County Councils, both Primary Care Trusts, University Hospitals Leicester (UHL), Leicestershire Partnerships Trust (LPT) and Leicestershire Police will oversee the Total Place programme. A first meeting is planned on 14 October 2009.',
 NULL),
('ll-leicestershire-together-executive', 'leicester-leicestershire', 'Leicestershire Together Executive', 'BOARD',
 'Executive of the Leicestershire Together partnership; kept up to date on the Total Place programme.', NULL),
('ll-executive-programme-board', 'leicester-leicestershire', 'Executive Total Place Programme Board', 'PROGRAMME_BOARD',
 'Senior officers from the Public Service Board''s organisations. Extended the scope of the pilot to ''Access to Services'' for the County area (10 August 2009) and approved the Programme Plan (24 August 2009).',
 'll-public-service-board'),
('ll-joint-finance-officers-group', 'leicester-leicestershire', 'Joint Finance Officers Group', 'WORKING_GROUP',
 'Oversees the ''counting'' element of the programme, working with Deloitte (under their framework contract with the Councils).',
 'll-executive-programme-board'),
('ll-drugs-alcohol-project-team', 'leicester-leicestershire', 'Drugs and alcohol misuse project team', 'PROJECT_TEAM',
 'Project team for the ''drugs and alcohol misuse'' theme (the narrow and deep approach), with representatives from all partner organisations.',
 'll-executive-programme-board'),
('ll-access-to-services-project-team', 'leicester-leicestershire', 'Access to Services project team', 'PROJECT_TEAM',
 'Project team for ''Access to Services'' in the County area, added to the scope after the CAA area assessment; being assembled in September 2009.',
 'll-executive-programme-board'),
('ll-lipp-participants', 'leicester-leicestershire', 'Leadership in Partnership Programme (LIPP) participants', 'WORKING_GROUP',
 'Officers selected from across the local public sector organisations whose leadership skills are developed by Professor John Benington and colleagues at Warwick Business School; a source of innovation for the programme, working on the Substance Misuse Project.',
 'll-drugs-alcohol-project-team');

INSERT INTO group_organisation (group_id, position, organisation) VALUES
('ll-public-service-board', 0, 'Leicester City Council'),
('ll-public-service-board', 1, 'Leicestershire County Council'),
('ll-public-service-board', 2, 'Leicester City PCT'),
('ll-public-service-board', 3, 'Leicestershire County and Rutland PCT'),
('ll-public-service-board', 4, 'University Hospitals of Leicester NHS Trust'),
('ll-public-service-board', 5, 'Leicestershire Partnership NHS Trust'),
('ll-public-service-board', 6, 'Leicestershire Police'),
('ll-executive-programme-board', 0, 'Leicester City Council'),
('ll-executive-programme-board', 1, 'Leicestershire County Council'),
('ll-executive-programme-board', 2, 'Leicester City PCT'),
('ll-executive-programme-board', 3, 'Leicestershire County and Rutland PCT'),
('ll-executive-programme-board', 4, 'University Hospitals of Leicester NHS Trust'),
('ll-executive-programme-board', 5, 'Leicestershire Partnership NHS Trust'),
('ll-executive-programme-board', 6, 'Leicestershire Police'),
('ll-joint-finance-officers-group', 0, 'Leicester City Council'),
('ll-joint-finance-officers-group', 1, 'Leicestershire County Council'),
('ll-drugs-alcohol-project-team', 0, 'Leicester City Council'),
('ll-drugs-alcohol-project-team', 1, 'Leicestershire County Council'),
('ll-drugs-alcohol-project-team', 2, 'Leicester City PCT'),
('ll-drugs-alcohol-project-team', 3, 'Leicestershire County and Rutland PCT'),
('ll-drugs-alcohol-project-team', 4, 'University Hospitals of Leicester NHS Trust'),
('ll-drugs-alcohol-project-team', 5, 'Leicestershire Partnership NHS Trust'),
('ll-drugs-alcohol-project-team', 6, 'Leicestershire Police'),
('ll-access-to-services-project-team', 0, 'Leicestershire County Council'),
('ll-lipp-participants', 0, 'Warwick Business School');

INSERT INTO person (id, name, organisation, job_title) VALUES
('ll-mags-walsh', 'Mags Walsh', 'Leicestershire County Council', 'Total Place Programme Manager'),
('ll-chris-tambini', 'Chris Tambini', 'Leicestershire County Council', 'Deputy Head of Strategic Finance'),
('ll-mark-noble', 'Mark Noble', NULL, 'Project manager, counting'),
('ll-ian-coulton', 'Ian Coulton', NULL, 'Project manager, drugs and alcohol misuse'),
('ll-simon-lawrence', 'Simon Lawrence', NULL, 'Project manager, Access to Services'),
('ll-steve-nicklen', 'Steve Nicklen', NULL, 'Consultant adviser: programme assurance and guidance from the Leadership Centre'),
('ll-john-benington', 'John Benington', 'Warwick Business School', 'Professor'),
('ll-helen-bailey', 'Helen Bailey', 'HM Treasury', 'Director of Public Services'),
('ll-andy-robinson', 'Andy Robinson', 'Leicestershire County Council', 'Officer to contact, Total Place Programme Update');

INSERT INTO membership (id, group_id, person_id, post, role, start_date, end_date) VALUES
('ll-ms-sponsor-city', 'll-public-service-board', NULL, 'Chief Executive, Leicester City Council', 'SPONSOR', '2009', NULL),
('ll-ms-sponsor-county', 'll-public-service-board', NULL, 'Chief Executive, Leicestershire County Council', 'SPONSOR', '2009', NULL),
('ll-ms-sponsor-city-pct', 'll-public-service-board', NULL, 'Chief Executive, Leicester City PCT', 'SPONSOR', '2009', NULL),
('ll-ms-sponsor-county-pct', 'll-public-service-board', NULL, 'Chief Executive, Leicestershire County and Rutland PCT', 'SPONSOR', '2009', NULL),
('ll-ms-sponsor-police', 'll-public-service-board', NULL, 'Chief Constable, Leicestershire Police', 'SPONSOR', '2009', NULL),
('ll-ms-programme-manager', 'll-executive-programme-board', 'll-mags-walsh', 'Overall Programme Manager', 'PROGRAMME_MANAGER', '2009', NULL),
('ll-ms-adviser-nicklen', 'll-executive-programme-board', 'll-steve-nicklen', 'Consultant adviser', 'ADVISER', '2009', NULL),
('ll-ms-pm-count-tambini', 'll-joint-finance-officers-group', 'll-chris-tambini', 'Project manager, counting', 'PROJECT_MANAGER', '2009', NULL),
('ll-ms-pm-count-noble', 'll-joint-finance-officers-group', 'll-mark-noble', 'Project manager, counting', 'PROJECT_MANAGER', '2009', NULL),
('ll-ms-pm-drugs-coulton', 'll-drugs-alcohol-project-team', 'll-ian-coulton', 'Project manager', 'PROJECT_MANAGER', '2009', NULL),
('ll-ms-pm-access-lawrence', 'll-access-to-services-project-team', 'll-simon-lawrence', 'Project manager', 'PROJECT_MANAGER', '2009-08', NULL),
('ll-ms-adviser-benington', 'll-lipp-participants', 'll-john-benington', 'Leadership in Partnership Programme lead', 'ADVISER', '2009', NULL);

-- the four reporting deadlines (template keys match milestone-template.json, so place.registered adds no copies)
INSERT INTO milestone (id, place_id, template_key, title, kind, recipient, baseline_date, forecast_date, actual_date,
                       status, status_changed_by, status_changed_at, evidence, notes) VALUES
('ll-interim-count', 'leicester-leicestershire', 'interim-count', 'Interim Total Place ''Count'' information', 'INTERIM_COUNT',
 'HM Treasury', '2009-08-27', '2009-08-27', '2009-08-27', 'MET', 'Leicestershire County Council', TIMESTAMP '2009-08-27 00:00:00',
 'Interim Total Place ''Count'' information was provided on the 27 August (report to the Leicestershire Together Executive, 2 September 2009, para 11)',
 NULL),
('ll-final-count', 'leicester-leicestershire', 'final-count', 'Final high level ''Count'' information', 'FINAL_COUNT',
 'HM Treasury', '2009-09-08', '2009-09-08', NULL, 'DUE_SOON', NULL, NULL, NULL,
 'Final high level ''Count'' information will be available from the 8 September'),
('ll-interim-report', 'leicester-leicestershire', 'interim-report', 'Interim report to the Leadership Centre', 'INTERIM_REPORT',
 'Leadership Centre', '2009-09-18', '2009-09-18', NULL, 'UPCOMING', NULL, NULL, NULL,
 'An interim report to the Leadership Centre is required by 18 September (Appendix 2). The Budget asked for interim findings by October 2009.'),
('ll-final-report', 'leicester-leicestershire', 'final-report', 'Final report on the Programme to the Leadership Centre', 'FINAL_REPORT',
 'Leadership Centre', '2010-02-19', '2010-02-19', NULL, 'UPCOMING', NULL, NULL, NULL,
 'Final findings and recommendations by 19 February 2010'),
('ll-briefing-regional-minister', 'leicester-leicestershire', NULL, 'Briefing requested by the Regional Minister', 'BRIEFING',
 'Regional Minister for the East Midlands', '2009-09-10', '2009-09-10', NULL, 'DUE_SOON', NULL, NULL, NULL,
 'On 10 September the Regional Minister has requested a briefing'),
('ll-briefing-lga-improvement-board', 'leicester-leicestershire', NULL, 'Briefing requested by the LGA Improvement Board', 'BRIEFING',
 'LGA Improvement Board', '2009-09-10', '2009-09-10', NULL, 'DUE_SOON', NULL, NULL, NULL,
 'Requested alongside the Regional Minister''s briefing of 10 September');

-- meetings and events, August to October 2009
INSERT INTO meeting (id, place_id, group_id, title, status, meeting_date, start_time, end_time, time_zone, location) VALUES
('ll-epb-2009-08-10', 'leicester-leicestershire', 'll-executive-programme-board', 'Executive Total Place Programme Board',
 'HELD', '2009-08-10', NULL, NULL, 'Europe/London', NULL),
('ll-epb-2009-08-24', 'leicester-leicestershire', 'll-executive-programme-board', 'Executive Total Place Programme Board',
 'HELD', '2009-08-24', NULL, NULL, 'Europe/London', NULL),
('ll-lte-2009-09-02', 'leicester-leicestershire', 'll-leicestershire-together-executive', 'Leicestershire Together Executive',
 'HELD', '2009-09-02', NULL, NULL, 'Europe/London', NULL),
('ll-pilots-2009-09-02', 'leicester-leicestershire', NULL,
 'Second meeting of senior managers from across the 13 Total Place pilots and the relevant central bodies (hosted by Leicester and Leicestershire)',
 'CONFIRMED', '2009-09-02', NULL, NULL, 'Europe/London', 'Leicester'),
('ll-hmt-visit-2009-09-22', 'leicester-leicestershire', NULL,
 'Visit by Helen Bailey, Director of Public Services, HM Treasury',
 'TENTATIVE', '2009-09-22', NULL, NULL, 'Europe/London', 'Leicester (including the Dawn Centre)'),
('ll-psb-2009-10-14', 'leicester-leicestershire', 'll-public-service-board', 'Public Service Board: first meeting',
 'TENTATIVE', '2009-10-14', NULL, NULL, 'Europe/London', NULL);

INSERT INTO agenda_item (id, meeting_id, item_number, title, report_of, contact_person_id, minutes) VALUES
(1, 'll-epb-2009-08-10', 1, 'Scope of the pilot', NULL, NULL,
 'The scope of the pilot was extended to include ''Access to Services'' for the County area, in response to this being identified as an issue in the CAA area assessment.'),
(2, 'll-epb-2009-08-24', 1, 'Programme Plan', NULL, NULL,
 'The Programme Plan (Appendix 1 to the report of 2 September 2009) was approved.'),
(3, 'll-lte-2009-09-02', 1, 'Total Place Programme Update', 'Leicestershire County Council', 'll-andy-robinson',
 'Purpose: to update the Executive about the Total Place Programme and the projects of service redesign and systems change. Background: Leicester and Leicestershire is one of 13 project areas identified in the Budget; the programme examines cross-organisational service improvements and efficiency savings, counts all public expenditure flowing through the place, reports interim findings by October 2009 and final findings and recommendations by 19 February 2010. The sponsors (the Chief Executives of the City and County Councils and the PCTs, and the Chief Constable) chose the narrow to deep approach on drugs and alcohol outcomes; on 10 August the scope was extended to Access to Services for the County area. Governance: Public Service Board, Executive Total Place Programme Board, Joint Finance Officers Group with Deloitte for the count, project teams for drugs and alcohol misuse and for Access to Services, Programme Manager Mags Walsh, consultant adviser Steve Nicklen; the Leadership in Partnership Programme (Warwick Business School) supports the work. Key events: 2 September pilots'' senior managers meeting; 10 September briefings for the Regional Minister and the LGA Improvement Board; 22 September visit by HM Treasury''s Director of Public Services. Risks: the many requests for briefing and reporting may seriously hinder progress; the involvement of Local Authority and Non-Executive members needs further thought. Deadlines: interim count 27 August (provided), final high level count 8 September, interim report 18 September, final report 19 February; the timescales are challenging. Existing commitments in drugs and alcohol and access to services can be joined up through Total Place.'),
(4, 'll-hmt-visit-2009-09-22', 1, 'Visit to the Dawn Centre', NULL, NULL, NULL),
(5, 'll-hmt-visit-2009-09-22', 2, 'LIPP participants'' work on the Substance Misuse Project', NULL, NULL, NULL),
(6, 'll-hmt-visit-2009-09-22', 3, 'Meetings with local politicians and officers', NULL, NULL, NULL);

INSERT INTO decision (agenda_item_id, decision_maker, text, key_decision, decided_on, effective_from) VALUES
(1, 'Executive Total Place Programme Board',
 'The scope of the pilot is extended to include ''Access to Services'' for the County area.', TRUE, '2009-08-10', '2009-08-10'),
(2, 'Executive Total Place Programme Board', 'The Programme Plan is approved.', TRUE, '2009-08-24', '2009-08-24'),
(3, 'Leicestershire Together Executive', 'It is recommended that the report be noted.', FALSE, '2009-09-02', '2009-09-02');

INSERT INTO meeting_attendee (meeting_id, person_id, attendance) VALUES
('ll-hmt-visit-2009-09-22', 'll-helen-bailey', 'PRESENT');

INSERT INTO raid_item (id, place_id, type, title, description, likelihood, impact, score, owner, response, actions,
                       status, raised_on, review_date) VALUES
('ll-risk-briefing-requests', 'leicester-leicestershire', 'RISK',
 'Requests for briefing and reporting from Government hinder progress',
 'There is a danger that the many requests for briefing and reporting from various parts of Government will seriously hinder the progress of the programme.',
 4, 4, 16, 'Programme Manager', 'MITIGATE', NULL, 'OPEN', '2009-09-02', NULL),
('ll-risk-timescales', 'leicester-leicestershire', 'RISK', 'Challenging timescales',
 'Clearly the timescales involved here are challenging, and if satisfactory outcomes are to be achieved, relevant staff must be enabled by Senior Managers to give the work the required priority.',
 3, 4, 12, 'Programme sponsors', 'MITIGATE',
 'Senior Managers to enable relevant staff to give the work the required priority.', 'OPEN', '2009-09-02', NULL),
('ll-issue-member-involvement', 'leicester-leicestershire', 'ISSUE',
 'Involvement of Local Authority and Non-Executive members',
 'Further thought need to be given to the involvement of Local Authority and Non-Executive members in the process.',
 3, 3, 9, 'Executive Total Place Programme Board', 'MITIGATE', NULL, 'OPEN', '2009-09-02', NULL),
('ll-dependency-deloitte-count', 'leicester-leicestershire', 'DEPENDENCY', 'The count depends on Deloitte',
 'The ''counting'' element is overseen by the Joint Finance Officers Group working with Deloitte under their framework contract with the Councils.',
 2, 4, 8, 'Joint Finance Officers Group', 'ACCEPT', NULL, 'OPEN', '2009-09-02', NULL),
('ll-assumption-existing-initiatives', 'leicester-leicestershire', 'ASSUMPTION',
 'Existing initiatives can be joined up with Total Place',
 'A number of initiatives are already underway in the drugs and alcohol field (service redesign, the system change pilot) and in access to services; Total Place provides an opportunity to gain synergy from joining them up.',
 2, 3, 6, 'Programme Manager', 'ACCEPT', NULL, 'OPEN', '2009-09-02', NULL);
