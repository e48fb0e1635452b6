-- 제헌절 (Constitution Day, 17 July) is a public holiday again from 2026: the amendment of 공휴일에 관한 법률 passed
-- the National Assembly on 2026-01-29 and was promulgated in February 2026 (in force three months later), making all
-- five national days public holidays. V10_1 lacked it. As a national day it takes a substitute holiday when it falls on
-- a weekend: 2027-07-17 is a Saturday, so Monday 2027-07-19. Checked against the published 2026/2027 calendars;
-- the other 2026 and 2027 dates of V10_1 are right. 노동절 (1 May) is only proposed as a public holiday, not added.
INSERT INTO cases_public_holiday (day, name_ko, name_en) VALUES
('2026-07-17', '제헌절',               'Constitution Day'),
('2027-07-17', '제헌절',               'Constitution Day'),
('2027-07-19', '제헌절 대체공휴일',    'Constitution Day (substitute)')
ON CONFLICT (day) DO NOTHING;
