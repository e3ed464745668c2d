#!/usr/bin/env python3
"""Writes gold.jsonl for heldout3. Check it with: npx tsx check_gold.ts"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
CSC, SEND = "children's social care", 'SEND'

def ev(council, instrument, issued, service=CSC, partners=(), people=(), deadlines=(), cadences=(), durations=(), rating=None, odate=None):
    return {"council": council, "instrument": instrument, "service": service, "issued": issued,
            "partners": [{"authority": a, "role": r} for a, r in partners],
            "people": [{"name": n, "role": r} for n, r in people],
            "deadlines": [{"text": t, "due": d, "what": w} for t, d, w in deadlines],
            "cadences": [{"text": t, "every": e, "what": w} for t, e, w in cadences],
            "durations": [{"text": t, "length": l, "what": w} for t, l, w in durations],
            "ofsted_rating": rating, "ofsted_date": odate}

def line(file, url, published, kind, events=(), distractors=(), not_appointees=(), links=None, expect_error=None, content_type=None):
    d = {"file": file, "url": url, "published": published, "kind": kind, "events": list(events),
         "distractors": list(distractors), "not_appointees": list(not_appointees)}
    if content_type: d["content_type"] = content_type
    if links is not None: d["links"] = links
    if expect_error: d["expect_error"] = expect_error
    return d

GOV = 'https://www.gov.uk'
L = []
# ---------------- news
L.append(line('n01_wire_tameside.txt', 'https://www.communitycare.co.uk/2017/05/18/tameside-handed-improvement-notice/', '2017-05-18', 'news', [
    ev('Tameside', 'improvement_notice', '2017-05-16', partners=[('Stockport', 'improvement partner')],
       deadlines=[('within a fortnight', '2017-06-01', 'submit an improvement plan')],
       cadences=[('each month', 'P1M', 'improvement board meetings')], rating='inadequate', odate='2017-03')]))
L.append(line('n02_wire_north_northamptonshire.txt', 'https://www.lgcplus.com/services/children/minister-orders-north-northamptonshire-to-fix-send-services/5031844.article', '2024-10-11', 'news', [
    ev('North Northamptonshire', 'direction', '2024-10-09', service=SEND, people=[('Maureen Aldiss', 'SEND commissioner')],
       deadlines=[('by 1 April', '2025-04-01', 'publish a recovery plan')],
       cadences=[('every quarter', 'P3M', 'commissioner reports to ministers')])], distractors=['Warrington']))
L.append(line('n03_feature_slough.txt', 'https://www.lgcplus.com/services/children/slough-council-to-be-stripped-of-its-childrens-services/5076001.article', '2014-10-02', 'news', [
    ev('Slough', 'direction', '2014-09-30', people=[('Frank Mortlake', "Children's Services Commissioner")],
       deadlines=[('within three months', '2015-01-02', 'report on the shape and governance of the new trust')],
       cadences=[('half-yearly', 'P6M', "commissioner reviews the council's progress")],
       durations=[('for the foreseeable future', 'open-ended', 'DfE officials stay in the town')], rating='inadequate', odate='2013-06'),
    ev('Northamptonshire', 'improvement_notice', '2013-03')],
    distractors=['Doncaster', 'Birmingham', 'Rotherham'], not_appointees=['Daniel Corrigan', 'Rob Anderton', 'Jenny Talbot', 'Andrew Pell', 'Hannah Corliss']))
L.append(line('n04_roundup_three_councils.txt', 'https://www.communitycare.co.uk/2025/11/20/three-councils-face-intervention/', '2025-11-20', 'news', [
    ev('West Berkshire', 'improvement_notice', '2025-11-14', partners=[('Wokingham', 'improvement partner')],
       deadlines=[('by the end of next month', '2025-12-31', 'submit its improvement plan')], rating='inadequate', odate='2025-07'),
    ev('Darlington', 'direction', '2025-11-17', partners=[('County Durham', 'strategic partner')], people=[('Julia Penrose', 'improvement adviser')],
       deadlines=[('within 12 weeks', '2026-02-12', 'set up an improvement board')]),
    ev('Sefton', 'improvement_notice', '2025-11-18', service=SEND, partners=[('Wirral', 'SEND improvement partner')],
       deadlines=[('by 31 March 2026', '2026-03-31', 'clear its backlog of overdue assessments')],
       cadences=[('monthly meetings', 'P1M', 'progress meetings with DfE officials')])],
    distractors=['Redcar and Cleveland']))
L.append(line('n05_opinion_intervention.txt', 'https://www.lgcplus.com/opinion/a-decade-of-trusts-and-commissioners/5028870.article', '2024-03-14', 'news', [],
    distractors=['Doncaster', 'Slough', 'Sandwell', 'Northamptonshire', 'Birmingham', 'Cornwall'], not_appointees=['Marian Holt']))
L.append(line('n06_bradford_direction.txt', 'https://www.communitycare.co.uk/2021/01/21/bradford-childrens-services-commissioner-direction/', '2021-01-21', 'news', [
    ev('Bradford', 'direction', '2021-01-19', people=[('Colin Ashworth', "Children's Services Commissioner")],
       deadlines=[('by the end of next month', '2021-02-28', 'report on whether services should be removed from council control')],
       cadences=[('monthly', 'P1M', 'commissioner meets council leaders')],
       durations=[('for a year', 'P1Y', "the commissioner's appointment")], rating='inadequate', odate='2018-10'),
    ev('Bradford', 'improvement_notice', '2019-02', rating='inadequate', odate='2018-10')],
    distractors=['Doncaster', 'Slough', 'Sandwell', 'Leeds'], not_appointees=['Susan Hinchliffe-Ward', 'Rebecca Poulsen', 'Chris Ambler']))
L.append(line('n07_somerset_send_notice.txt', 'https://www.lgcplus.com/services/children/new-somerset-council-handed-send-improvement-notice/5024211.article', '2023-07-05', 'news', [
    ev('Somerset', 'improvement_notice', '2023-07-03', service=SEND, partners=[('Devon', 'SEND improvement partner')], people=[('Harriet Pole', 'SEND improvement adviser')],
       deadlines=[('within six weeks', '2023-08-16', 'agree a revised accelerated progress plan')],
       cadences=[('half-yearly', 'P6M', 'adviser reviews progress')],
       durations=[('no earlier than 12 months', 'P12M', 'the notice before review')]),
    ev('Somerset', 'improvement_notice', '2022-05')],
    not_appointees=['Tessa Munt-Harris']))
L.append(line('n08_salford_notice.txt', 'https://www.communitycare.co.uk/2019/09/12/salford-issued-improvement-notice-wigan-partner/', '2019-09-12', 'news', [
    ev('Salford', 'improvement_notice', '2019-09-10', partners=[('Wigan', 'improvement partner')], people=[('Brigid Onslow', 'oversees the improvement programme')],
       deadlines=[('by 30 November', '2019-11-30', 'produce a new improvement plan')],
       cadences=[('quarterly reviews', 'P3M', 'reviews by DfE officials')],
       durations=[('for at least 12 months', 'P12M', 'the notice')], rating='requires improvement', odate='2019-07')],
    not_appointees=['Derek Lowther']))
# ---------------- hard negatives
L.append(line('x01_ofsted_torbay_expects_notice.txt', 'https://www.devonlive.com/news/devon-news/torbay-childrens-services-rated-inadequate-9312877', '2024-06-06', 'news', [],
    distractors=['Torbay'], not_appointees=['David Thomas-Aylward']))
L.append(line('x02_school_warning_notice_rutland.txt', 'https://www.leicestermercury.co.uk/news/local-news/rutland-primary-school-warning-notice-10021455', '2025-02-27', 'news', [],
    distractors=['Rutland'], not_appointees=['Siobhan Carrow']))
L.append(line('x03_planning_enforcement_west_berkshire.txt', 'https://www.newburytoday.co.uk/news/council-serves-enforcement-notice-on-unauthorised-yard-9334512/', '2023-10-09', 'news', [],
    distractors=['West Berkshire'], not_appointees=['Tony Vickers-Hale']))

# ---------------- GOV.UK publication pages and their Content API twins
SANDWELL = [ev('Sandwell', 'direction', '2016-10-21', people=[('Malcolm Redfern', "Children's Services Commissioner")],
               deadlines=[('within 3 months', '2017-01-21', 'report on whether functions should be transferred to an independent trust')],
               cadences=[('every six months', 'P6M', "commissioner reviews the council's progress")], rating='inadequate', odate='2016-06')]
SANDWELL_LINKS = ['https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/563512/Sandwell_statutory_direction_October_2016.pdf',
                  'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/563513/Sandwell_letter_to_leader.pdf']
RUTLAND = [ev('Rutland', 'improvement_notice', '2025-03-10', partners=[('Leicestershire', 'improvement partner')], people=[('Kathryn Sallis', 'improvement adviser')],
              deadlines=[('by 30 September', '2025-09-30', 'show that every child in need has an up-to-date plan')],
              cadences=[('quarterly progress reviews', 'P3M', 'adviser reviews with the council')],
              durations=[('for a minimum of 12 months', 'P12M', 'the notice')], rating='requires improvement', odate='2025-01')]
RUTLAND_LINKS = ['https://assets.publishing.service.gov.uk/media/67d02b4ef1a2c3b4d5e6f701/Rutland_improvement_notice_March_2025.pdf']
BRACKNELL = [ev('Bracknell Forest', 'improvement_notice', '2025-05-20', service=SEND, partners=[('Reading', 'SEND improvement partner')],
                deadlines=[('within 10 weeks of the date of the notice', '2025-07-29', 'publish a priority action plan')],
                cadences=[('every two months', 'P2M', 'SEND improvement board reports to the department')])]
BRACKNELL_LINKS = ['https://assets.publishing.service.gov.uk/media/682c4f1a9b8e7d6c5b4a3f21/Bracknell_Forest_SEND_improvement_notice_May_2025.pdf']

P = '/government/publications/'
L.append(line('g01_govuk_sandwell_direction.html', GOV + P + 'direction-issued-to-sandwell-metropolitan-borough-council', '2016-10-24', 'govuk_publication', SANDWELL, links=SANDWELL_LINKS))
L.append(line('g02_govuk_rutland_notice.html', GOV + P + 'improvement-notice-issued-to-rutland-county-council-march-2025', '2025-03-12', 'govuk_publication', RUTLAND, links=RUTLAND_LINKS))
L.append(line('g03_govuk_northamptonshire_revised.html', GOV + P + 'direction-issued-to-northamptonshire-county-council', '2018-02-14', 'govuk_publication', [
    ev('Northamptonshire', 'revised_direction', '2019-06-04', people=[('Gareth Milner', "Children's Services Commissioner")],
       deadlines=[('by 1 November 2020', '2020-11-01', "transfer children's social care functions to the independent trust")],
       cadences=[('every month', 'P1M', 'transition board meetings')]),
    ev('Northamptonshire', 'direction', '2018-02-12')],
    links=['https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/808771/Northamptonshire_revised_direction_June_2019.pdf',
           'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/681340/Northamptonshire_direction_February_2018.pdf']))
L.append(line('g04_govuk_bracknell_send_notice.html', GOV + P + 'improvement-notice-issued-to-bracknell-forest-council-may-2025', '2025-05-22', 'govuk_publication', BRACKNELL, links=BRACKNELL_LINKS))
L.append(line('g05_govuk_bournemouth_directions.html', GOV + P + 'directions-issued-to-bournemouth-borough-council', '2017-11-09', 'govuk_publication', [
    ev('Bournemouth', 'direction', '2017-11-07', partners=[('Poole', 'improvement partner')],
       deadlines=[('within 3 months', '2018-02-07', 'agree an improvement plan with the department')]),
    ev('Bournemouth', 'revised_direction', '2018-07-31', people=[('Ruth Chalcott', "Children's Services Commissioner")],
       cadences=[('every four months', 'P4M', 'commissioner reports to the Minister')])],
    distractors=['Bournemouth, Christchurch and Poole'],
    links=['https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/658102/Bournemouth_direction_November_2017.pdf',
           'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/727730/Bournemouth_revised_direction_July_2018.pdf']))
L.append(line('g06_govuk_torbay_closed.html', GOV + P + 'improvement-notice-issued-to-torbay-council', '2015-02-19', 'govuk_publication', [
    ev('Torbay', 'improvement_notice', '2015-02-17', rating='inadequate', odate='2014-12'),
    ev('Torbay', 'revocation', '2017-05-03')],
    links=['https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/403118/Torbay_improvement_notice.pdf',
           'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/611845/Torbay_revocation_letter.pdf']))
API = GOV + '/api/content'
L.append(line('j01_api_sandwell_direction.json', API + P + 'direction-issued-to-sandwell-metropolitan-borough-council', '2016-10-24', 'govuk_publication', SANDWELL, links=SANDWELL_LINKS, content_type='application/json'))
L.append(line('j02_api_rutland_notice.json', API + P + 'improvement-notice-issued-to-rutland-county-council-march-2025', '2025-03-12', 'govuk_publication', RUTLAND, links=RUTLAND_LINKS, content_type='application/json'))
L.append(line('j03_api_bracknell_send_notice.json', API + P + 'improvement-notice-issued-to-bracknell-forest-council-may-2025', '2025-05-22', 'govuk_publication', BRACKNELL, links=BRACKNELL_LINKS, content_type='application/json'))

# ---------------- collection (one event per listed, published document; issued = the title's month)
L.append(line('c01_collection_notices_directions.json', API + '/government/collections/improvement-notices-and-directions', None, 'govuk_collection', [
    ev('Rutland', 'improvement_notice', '2025-03'),
    ev('North Northamptonshire', 'direction', '2024-10', service=SEND),
    ev('Bradford', 'revised_direction', '2022-03'),
    ev('Salford', 'improvement_notice', '2019-09'),
    ev('Sandwell', 'direction', '2016-10'),
    ev('Slough', 'direction', '2014-10')],
    links=[GOV + P + s for s in ['improvement-notice-issued-to-rutland-county-council-march-2025', 'send-direction-issued-to-north-northamptonshire-council-october-2024',
                                 'revised-direction-issued-to-city-of-bradford-metropolitan-district-council-march-2022', 'improvement-notice-issued-to-salford-city-council-september-2019',
                                 'direction-issued-to-sandwell-metropolitan-borough-council', 'direction-issued-to-slough-borough-council-october-2014']],
    content_type='application/json'))

# ---------------- feeds
L.append(line('f01_rss_communitycare.xml', 'https://www.communitycare.co.uk/childrens/feed/', None, 'feed', [], links=[
    'https://www.communitycare.co.uk/2017/05/18/tameside-handed-improvement-notice/',
    'https://www.communitycare.co.uk/2019/09/12/salford-issued-improvement-notice-wigan-partner/',
    'https://www.communitycare.co.uk/2021/01/21/bradford-childrens-services-commissioner-direction/',
    'https://www.communitycare.co.uk/2021/01/20/ofsted-new-inspection-framework-social-workers/',
    'https://www.communitycare.co.uk/2025/11/20/three-councils-face-intervention/'], content_type='application/rss+xml'))
L.append(line('f02_atom_lgc.xml', 'https://www.lgcplus.com/services/children/atom.xml', None, 'feed', [], links=[
    'https://www.lgcplus.com/services/children/minister-orders-north-northamptonshire-to-fix-send-services/5031844.article',
    'https://www.lgcplus.com/services/children/new-somerset-council-handed-send-improvement-notice/5024211.article',
    'https://www.lgcplus.com/services/children/slough-council-to-be-stripped-of-its-childrens-services/5076001.article',
    'https://www.lgcplus.com/opinion/a-decade-of-trusts-and-commissioners/5028870.article'], content_type='application/atom+xml'))

# ---------------- instrument PDFs
A = 'https://assets.publishing.service.gov.uk/media/'
L.append(line('p01_thurrock_notice_two_column.pdf', A + '601fd2a8e90e0711c5b7a3c2/Thurrock_improvement_notice_February_2021.pdf', '2021-02-08', 'instrument_pdf', [
    ev('Thurrock', 'improvement_notice', '2021-02-08', partners=[('Southend-on-Sea', 'improvement partner')], people=[('Dorothy Ingram', 'improvement adviser')],
       deadlines=[('within 8 weeks of the date of this notice', '2021-04-05', 'agree an improvement plan with the improvement adviser')],
       cadences=[('at least every three months', 'P3M', 'improvement board meetings')],
       durations=[('for a period of 18 months', 'P18M', 'the notice')], rating='inadequate', odate='2020-12')]))
L.append(line('p02_bury_direction_address_block.pdf', A + '621f4c9ad3bf7f4f0b2a11e5/Bury_statutory_direction_March_2022.pdf', '2022-03-03', 'instrument_pdf', [
    ev('Bury', 'direction', '2022-03-03', partners=[('Stockport', 'improvement partner')], people=[('Oliver Brenton', "Children's Services Commissioner")],
       deadlines=[('by 31 May 2022', '2022-05-31', 'agree the terms of the improvement partner arrangement')],
       cadences=[('each month', 'P1M', 'written progress report to the commissioner')],
       durations=[('until revoked by the Secretary of State', 'open-ended', 'the direction')], rating='inadequate', odate='2022-01')],
    not_appointees=['Anthony Fairclough']))
L.append(line('p03_kirklees_direction_authority.pdf', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/578402/Kirklees_direction_December_2016.pdf', '2016-12-19', 'instrument_pdf', [
    ev('Kirklees', 'direction', '2016-12-19', partners=[('Leeds', 'improvement partner')], people=[('Eleanor Brough', "Children's Services Commissioner")],
       deadlines=[('no later than 31 March 2017', '2017-03-31', 'submit an improvement plan to the commissioner')],
       cadences=[('at six-monthly intervals', 'P6M', 'commissioner reviews progress')],
       durations=[('for an initial period of two years', 'P2Y', 'the direction')], rating='inadequate', odate='2016-11')],
    not_appointees=['Margaret Tulloch']))
L.append(line('p04_sandwell_revocation_box.pdf', A + '626a7f1be90e0710c2b4d8a3/Sandwell_revocation_notice_April_2022.pdf', '2022-04-28', 'instrument_pdf', [
    ev('Sandwell', 'revocation', '2022-04-28', cadences=[('every six months', 'P6M', 'officials meet the council')],
       durations=[('for 12 months', 'P12M', 'continued meetings after revocation')]),
    ev('Sandwell', 'direction', '2016-10-21')],
    not_appointees=['Rosalind Achebe']))

# ---------------- broken
L.append(line('b01_scanned_no_text.pdf', A + '5f8e2a1bd3bf7f2a0c6e91d4/Scanned_direction_letter.pdf', None, 'instrument_pdf', [], expect_error='scanned'))
L.append(line('b02_encrypted_direction.pdf', A + '5f8e2a1bd3bf7f2a0c6e91d5/Direction_Slough_restricted.pdf', None, 'instrument_pdf', [], expect_error='encrypted'))

with open(os.path.join(HERE, 'gold.jsonl'), 'w') as f:
    for d in L:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(L), 'gold lines')
