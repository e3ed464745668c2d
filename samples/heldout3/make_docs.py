#!/usr/bin/env python3
"""Writes the text, HTML, JSON and XML documents of heldout3. All facts are invented; only council names are real.
PDFs are written by make_pdfs.ts; labels by make_gold.py."""
import json, os, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))

def w(name, text):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        f.write(textwrap.dedent(text).lstrip('\n'))

# ---------------------------------------------------------------- news
w('n01_wire_tameside.txt', '''
Tameside handed improvement notice over children's services
By Press Association reporter | 18 May 2017

Tameside council has been formally issued with an improvement notice by the Department for Education after inspectors rated its children's services inadequate in March. The notice, dated 16 May, requires the council to submit an improvement plan within a fortnight, and an improvement board chaired by the DfE will meet each month. Stockport council will act as improvement partner.
''')

w('n02_wire_north_northamptonshire.txt', '''
Minister orders North Northamptonshire to fix SEND services
11 October 2024

The children's minister has instructed North Northamptonshire Council to overhaul its special educational needs and disabilities (SEND) services, in a direction issued on 9 October 2024. Former Warrington SEND director Maureen Aldiss has been appointed SEND commissioner and will report to ministers every quarter. The council must publish a recovery plan by 1 April.
''')

w('n03_feature_slough.txt', '''
Slough council to be stripped of its children's services
Ministers say an independent trust will run social work in the Berkshire town, in the biggest shake-up since Doncaster
By Hannah Corliss, social affairs correspondent
Thursday 2 October 2014

Slough council will be stripped of its children's services, which will be handed to an independent trust, after the education secretary issued a statutory direction to the authority on 30 September 2014.

The move, announced by children's minister Daniel Corrigan on Wednesday, follows a damning Ofsted report published in June 2013 that rated the town's services for vulnerable children inadequate, and a critical review by the Children's Services Commissioner appointed under the direction, Frank Mortlake.

"The council has not shown the capacity to improve at the pace children need," Corrigan said. "A fresh start, outside council control, is the right answer for Slough."

Mortlake, a former director of children's services, must report to ministers within three months on the shape and governance of the new trust. Until the trust is established, he will review the council's progress half-yearly, and the DfE will keep its officials in the town for the foreseeable future.

Like Doncaster before it

Slough is only the second council to lose its children's services in this way. Like Doncaster before it, the council will retain statutory responsibility for children but will contract day-to-day services to a not-for-profit body with its own board. The Doncaster Children's Services Trust, which began operating this week, is being watched closely in Whitehall as a template; ministers have privately talked of "Birmingham-style" arrangements for other struggling authorities should Birmingham itself fail to improve.

Not every council in trouble has gone down this route. Northamptonshire, which was served with an improvement notice in March 2013, has kept its services in-house with the help of an improvement board. In Rotherham, where the council is under intense scrutiny, no formal intervention in children's services has yet been announced.

Local reaction

Slough's council leader, Rob Anderton, said the authority would "work constructively" with the commissioner but warned that staff morale was fragile. "We have recruited 40 new social workers in the last year. I do not want them to read this as a vote of no confidence," he said.

Jenny Talbot, who chairs a local foster carers' association, welcomed the decision. "Families have waited too long. If a trust can keep social workers in post, that is what matters."

Andrew Pell, a lecturer in social policy at a London university, said the evidence base for trusts was thin. "We are in the middle of an experiment. Doncaster has barely begun; Slough will follow it. It will be years before we know whether structural change makes a difference to children."

The trust is expected to take over services next year. The council's annual budget for children's social care is about GBP 30m.
''')

w('n04_roundup_three_councils.txt', '''
Three councils face intervention over children's services
Community Care | Round-up | 20 November 2025 | By our local government desk

Three councils have been told to improve their services for children after a week in which the Department for Education issued two improvement notices and a statutory direction.

West Berkshire
West Berkshire Council received an improvement notice on 14 November 2025, four months after Ofsted rated its children's services inadequate in a report published in July 2025. Wokingham Borough Council has been named as improvement partner. West Berkshire must submit its improvement plan by the end of next month.

Darlington
Ministers went further in Darlington, where a direction compelling the council to accept external oversight was issued on 17 November 2025. Julia Penrose, who led the turnaround at Redcar and Cleveland, has been drafted in as improvement adviser, and Durham County Council will act as strategic partner. The direction requires the council to set up an improvement board within 12 weeks, a DfE spokesperson confirmed.

Sefton
In Merseyside, Sefton Council was given a SEND improvement notice on 18 November 2025 over delays in education, health and care plans. Wirral Council will act as SEND improvement partner, and the council must clear its backlog of overdue assessments by 31 March 2026. Progress will be reviewed at monthly meetings with DfE officials.

None of the three councils disputed the findings. A spokesperson for the Local Government Association said councils were "working flat out under huge financial pressure" and called for more funding for early help.
''')

w('n05_opinion_intervention.txt', '''
OPINION: A decade of trusts and commissioners has taught us less than it should
By Marian Holt, former director of children's services
14 March 2024

When I started in this job, an improvement notice was a rare and frightening thing. Now it is part of the furniture. At any one time a couple of dozen councils are working under a notice or a statutory direction, and the Children's Services Commissioner has become a familiar figure in town halls from Cornwall to Cumbria.

Some of the interventions of the last decade were dramatic. Doncaster's services were handed to an independent trust; Slough, Sandwell and Northamptonshire followed, in different forms. People still speak of a "Birmingham-style" solution as though it were a settled model. It is not. The evidence that moving services out of council control improves outcomes for children is, at best, mixed.

What has worked, in my experience, is less glamorous: a stable workforce, a director who stays longer than eighteen months, a leader who reads the performance reports, and a neighbouring council willing to lend its best practice managers. Sector-led improvement partners have done more good, quietly, than any commissioner's report.

Ministers now talk about intervening earlier and lifting directions sooner. I welcome that. But if the department wants councils to improve, it could start by funding them properly. An improvement plan cannot recruit social workers who do not exist.

Marian Holt was director of children's services at two English councils. She writes in a personal capacity.
''')

w('n06_bradford_direction.txt', '''
Government takes action over Bradford children's services
Community Care | 21 January 2021 | By Chris Ambler, local democracy reporter

THE Department for Education has written to the council to confirm a direction compelling it to work with a Children's Services Commissioner, in the latest sign of ministers' concern over care for vulnerable children in the district.

The direction, dated 19 January 2021, was issued under section 497A(4B) of the Education Act 1996 and appoints Colin Ashworth as commissioner. Mr Ashworth must report by the end of next month on whether Bradford's children's services should be removed from council control and handed to an independent trust.

Bradford Council has been under an improvement notice since February 2019, after Ofsted rated its children's services inadequate in a report published in October 2018. A monitoring visit last year found progress had been too slow.

The commissioner will meet council leaders monthly, and his appointment is for a year in the first instance.

Council leader Susan Hinchliffe-Ward said: "We accept that the pace of change has not been good enough. We will work with the commissioner." Opposition leader Rebecca Poulsen said the news was "a damning verdict".

If a trust is created, Bradford would join Doncaster, Slough and Sandwell in having its children's services run at arm's length from the council. Leeds, which was rated outstanding in 2018, has offered practical support.
''')

w('n07_somerset_send_notice.txt', '''
New Somerset Council handed SEND improvement notice
LGC | 5 July 2023

Somerset Council, which replaced Somerset County Council and the county's four district councils in April, has been issued with an improvement notice over its special educational needs and disabilities (SEND) services.

The notice, dated 3 July 2023, follows a joint Ofsted and Care Quality Commission inspection which identified "widespread and systemic failings". Devon County Council will act as SEND improvement partner, and Harriet Pole has been appointed SEND improvement adviser.

The council must agree a revised accelerated progress plan within six weeks. The adviser will review progress half-yearly, and the notice will be reviewed no earlier than 12 months after it was issued.

It is not the first intervention in the county. Somerset County Council was issued with a children's social care improvement notice in May 2022, after a focused visit raised concerns about its front door.

Councillor Tessa Munt-Harris, lead member for children and families, said: "We inherited serious problems but we are not hiding from them." Parents' group Somerset SEND Voices said families in Mendip and Sedgemoor had waited more than a year for assessments.
''')

w('n08_salford_notice.txt', '''
Salford issued with improvement notice as Wigan steps in to help
12 September 2019 | Community Care

SALFORD City Council has been issued with an improvement notice by the Department for Education after Ofsted found its children's services require improvement to be good.

The notice, issued on 10 September 2019, follows an inspection report published in July 2019. Wigan council's children's services boss Brigid Onslow will oversee the improvement programme, with Wigan acting as Salford's improvement partner.

The council has been told to produce a new improvement plan by 30 November, with quarterly reviews by DfE officials. The notice will stay in place for at least 12 months.

Salford's lead member for children's services, Councillor Derek Lowther, said: "We have been honest about where we need to get better."
''')

# ---------------------------------------------------------------- hard negatives
w('x01_ofsted_torbay_expects_notice.txt', '''
Torbay children's services rated inadequate by Ofsted
6 June 2024 | Devon Live

Torbay Council's children's services have been rated inadequate by Ofsted, in a report published this week.

Inspectors found that children at risk of harm were waiting too long for assessments and that managers did not have a clear picture of frontline practice.

The council said it expects to receive an improvement notice from the Department for Education "in the coming weeks", and that it was already talking to officials about an improvement partner. No notice has yet been issued, and the DfE declined to comment on what action it would take.

Council leader David Thomas-Aylward said: "We will do whatever is needed. Children in Torbay deserve better." A previous inspection in 2019 rated the service requires improvement.
''')

w('x02_school_warning_notice_rutland.txt', '''
Rutland primary school given warning notice by regional director
Leicester Mercury | 27 February 2025

A primary school in Rutland has been issued with a warning notice by the Department for Education's regional director for the East Midlands, after Ofsted judged it to have serious weaknesses.

The notice gives the governing body of Oakham Meadow Primary School 15 working days to set out how it will improve standards in reading and maths. If the response is not good enough, the regional director could issue an academy order or replace the governing body with an interim executive board.

Rutland County Council, which maintains the school, said it was supporting the head teacher and would meet governors each month until the concerns were resolved.

The regional director, Siobhan Carrow, said: "Our priority is that pupils get the education they are entitled to."
''')

w('x03_planning_enforcement_west_berkshire.txt', '''
Council serves enforcement notice on unauthorised travellers' yard
Newbury Today | 9 October 2023

West Berkshire Council has served a planning enforcement notice on the owner of land near Thatcham, ordering the removal of hardstanding, fencing and three mobile homes placed there without planning permission.

The notice, issued on 4 October 2023, requires the land to be returned to agricultural use within three months. The landowner has the right of appeal to the Planning Inspectorate.

The council's executive member for planning, Councillor Tony Vickers-Hale, said the authority would "not hesitate to take direct action" if the notice was not complied with. Officers will inspect the site every month.
''')

# ---------------------------------------------------------------- GOV.UK publication pages (HTML)
GOVUK_HEAD = '''<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>{title} - GOV.UK</title>
<meta name="govuk:format" content="decision">
<meta name="govuk:first-published-at" content="{first}">
<meta name="govuk:public-updated-at" content="{updated}">
<meta name="govuk:primary-publishing-organisation" content="Department for Education">
<link rel="canonical" href="https://www.gov.uk{path}">
</head>
<body class="govuk-template__body">
<header class="govuk-header" role="banner"><div class="govuk-header__container"><a href="/" class="govuk-header__link">GOV.UK</a></div></header>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/education">Education, training and skills</a></li><li><a href="/childrens-services">Children's services</a></li></ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main">
<div class="gem-c-title"><span class="gem-c-title__context">Decision</span><h1 class="gem-c-title__text govuk-heading-l">{title}</h1></div>
<p class="gem-c-lead-paragraph">{summary}</p>
<div class="gem-c-metadata">
<dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-education" class="govuk-link">Department for Education</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{published}</dd>
{lastupdated}
</dl>
</div>
<section id="documents" class="govuk-!-margin-bottom-8"><h2 class="govuk-heading-m">Documents</h2>
{attachments}
</section>
<section id="details"><h2 class="govuk-heading-m">Details</h2>
<div class="govuk-govspeak">
{body}
</div>
</section>
{collections}
<div class="app-c-published-dates" id="full-history">
<p>Published {published}<br>{lastupdated_txt}</p>
<h3>Change history</h3>
<ol>
{history}
</ol>
</div>
</main>
</div>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>&copy; Crown copyright</p></footer>
</body>
</html>
'''

def att_html(atts):
    out = []
    for title, url, pages, size in atts:
        out.append(f'''<section class="gem-c-attachment">
<div class="gem-c-attachment__details">
<h3 class="gem-c-attachment__title"><a class="govuk-link" href="{url}">{title}</a></h3>
<p class="gem-c-attachment__metadata"><span class="gem-c-attachment__attribute">PDF</span>, <span class="gem-c-attachment__attribute">{size}</span>, <span class="gem-c-attachment__attribute">{pages} pages</span></p>
</div></section>''')
    return '\n'.join(out)

def page(fname, path, title, summary, published, first_iso, updated_iso, atts, body, history, collection=None, updated=None):
    lastupdated = f'<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">{updated} &mdash; <a href="#full-history">See all updates</a></dd>' if updated else ''
    lastupdated_txt = f'Last updated {updated}' if updated else ''
    coll = f'<section class="part-of"><h2>Part of</h2><ul><li><a href="https://www.gov.uk{collection[0]}">{collection[1]}</a></li></ul></section>' if collection else ''
    hist = '\n'.join(f'<li><time datetime="{iso}">{d}</time> <p>{note}</p></li>' for d, iso, note in history)
    w(fname, GOVUK_HEAD.format(title=title, first=first_iso, updated=updated_iso, path=path, summary=summary, published=published,
                               lastupdated=lastupdated, lastupdated_txt=lastupdated_txt, attachments=att_html(atts), body=body,
                               collections=coll, history=hist))

COLL = ('/government/collections/improvement-notices-and-directions', 'Improvement notices and directions')

SANDWELL_BODY = '''<p>On 21 October 2016 the Secretary of State for Education issued a statutory direction to Sandwell Metropolitan Borough Council under section 497A(4B) of the Education Act 1996, as applied by section 50 of the Children Act 2004.</p>
<p>The direction follows Ofsted's inspection of services for children in need of help and protection, children looked after and care leavers, which judged the council's children's services to be inadequate in a report published in June 2016.</p>
<p>The direction requires the council to co-operate with Malcolm Redfern, appointed as Children's Services Commissioner, who will report to the Secretary of State within 3 months on whether children's social care functions should be transferred to an independent trust.</p>
<p>The commissioner will then review the council's progress every six months.</p>'''
SANDWELL_ATTS = [
    ('Sandwell statutory direction: October 2016', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/563512/Sandwell_statutory_direction_October_2016.pdf', 4, '212 KB'),
    ('Letter to the leader of Sandwell Metropolitan Borough Council', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/563513/Sandwell_letter_to_leader.pdf', 2, '98.4 KB'),
]
page('g01_govuk_sandwell_direction.html', '/government/publications/direction-issued-to-sandwell-metropolitan-borough-council',
     'Direction issued to Sandwell Metropolitan Borough Council',
     'Statutory direction issued to Sandwell Metropolitan Borough Council to secure improvement in children\'s social care.',
     '24 October 2016', '2016-10-24T09:30:00.000+01:00', '2017-03-15T14:02:11.000+00:00', SANDWELL_ATTS, SANDWELL_BODY,
     [('15 March 2017', '2017-03-15', 'Added the commissioner\'s report.'), ('24 October 2016', '2016-10-24', 'First published.')],
     COLL, '15 March 2017')

RUTLAND_BODY = '''<p>The Department for Education issued an improvement notice to Rutland County Council on 10 March 2025.</p>
<p>The notice follows Ofsted's inspection of local authority children's services (ILACS), which judged the council's services to require improvement to be good in a report published in January 2025.</p>
<p>Leicestershire County Council has agreed to act as improvement partner and Dr Kathryn Sallis has been appointed as improvement adviser. The council must show that every child in need has an up-to-date plan by 30 September.</p>
<p>The adviser will hold quarterly progress reviews with the council and report to the Minister. The notice will remain in place for a minimum of 12 months.</p>'''
RUTLAND_ATTS = [('Rutland improvement notice: March 2025', 'https://assets.publishing.service.gov.uk/media/67d02b4ef1a2c3b4d5e6f701/Rutland_improvement_notice_March_2025.pdf', 5, '310 KB')]
page('g02_govuk_rutland_notice.html', '/government/publications/improvement-notice-issued-to-rutland-county-council-march-2025',
     'Improvement notice issued to Rutland County Council: March 2025',
     'Improvement notice issued to Rutland County Council about children\'s social care services.',
     '12 March 2025', '2025-03-12T10:00:00.000+00:00', '2025-03-12T10:00:00.000+00:00', RUTLAND_ATTS, RUTLAND_BODY,
     [('12 March 2025', '2025-03-12', 'First published.')], COLL)

NORTHANTS_BODY = '''<p>On 4 June 2019 the Secretary of State issued a revised direction to Northamptonshire County Council. It replaces the direction issued on 12 February 2018.</p>
<p>The revised direction requires the council to transfer its children's social care functions to an independent children's trust, Northamptonshire Children's Trust, by 1 November 2020.</p>
<p>Gareth Milner continues as Children's Services Commissioner and will chair a transition board which will meet every month until the trust is operational.</p>'''
NORTHANTS_ATTS = [
    ('Northamptonshire revised direction: June 2019', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/808771/Northamptonshire_revised_direction_June_2019.pdf', 6, '264 KB'),
    ('Northamptonshire direction: February 2018', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/681340/Northamptonshire_direction_February_2018.pdf', 4, '188 KB'),
]
page('g03_govuk_northamptonshire_revised.html', '/government/publications/direction-issued-to-northamptonshire-county-council',
     'Directions issued to Northamptonshire County Council',
     'Statutory directions issued to Northamptonshire County Council about children\'s social care.',
     '14 February 2018', '2018-02-14T11:15:00.000+00:00', '2019-06-06T09:00:00.000+01:00', NORTHANTS_ATTS, NORTHANTS_BODY,
     [('6 June 2019', '2019-06-06', 'Added the revised direction issued on 4 June 2019.'), ('14 February 2018', '2018-02-14', 'First published.')],
     COLL, '6 June 2019')

BRACKNELL_BODY = '''<p>On 20 May 2025 the Department for Education issued an improvement notice to Bracknell Forest Council about its special educational needs and disabilities (SEND) services, under its powers in relation to Part 3 of the Children and Families Act 2014.</p>
<p>The notice follows an area SEND inspection by Ofsted and the Care Quality Commission which found widespread and/or systemic failings.</p>
<p>Reading Borough Council will act as SEND improvement partner. The council must publish a priority action plan within 10 weeks of the date of the notice, and the SEND improvement board will report to the department every two months.</p>'''
BRACKNELL_ATTS = [('Bracknell Forest SEND improvement notice: May 2025', 'https://assets.publishing.service.gov.uk/media/682c4f1a9b8e7d6c5b4a3f21/Bracknell_Forest_SEND_improvement_notice_May_2025.pdf', 4, '276 KB')]
page('g04_govuk_bracknell_send_notice.html', '/government/publications/improvement-notice-issued-to-bracknell-forest-council-may-2025',
     'Improvement notice issued to Bracknell Forest Council: May 2025',
     'SEND improvement notice issued to Bracknell Forest Council.',
     '22 May 2025', '2025-05-22T09:30:00.000+01:00', '2025-05-22T09:30:00.000+01:00', BRACKNELL_ATTS, BRACKNELL_BODY,
     [('22 May 2025', '2025-05-22', 'First published.')], COLL)

BOURNEMOUTH_BODY = '''<p>The Secretary of State issued a direction to Bournemouth Borough Council on 7 November 2017 under section 497A(4B) of the Education Act 1996. The Borough of Poole was named as improvement partner, and the council was required to agree an improvement plan with the department within 3 months.</p>
<p>A revised direction was issued on 31 July 2018. It appoints Ruth Chalcott as Children's Services Commissioner to advise on the arrangements for children's services in the new Bournemouth, Christchurch and Poole area. The commissioner will report to the Minister every four months.</p>'''
BOURNEMOUTH_ATTS = [
    ('Bournemouth direction: November 2017', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/658102/Bournemouth_direction_November_2017.pdf', 3, '150 KB'),
    ('Bournemouth revised direction: July 2018', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/727730/Bournemouth_revised_direction_July_2018.pdf', 4, '171 KB'),
]
page('g05_govuk_bournemouth_directions.html', '/government/publications/directions-issued-to-bournemouth-borough-council',
     'Directions issued to Bournemouth Borough Council',
     'Statutory directions issued to Bournemouth Borough Council about children\'s services.',
     '9 November 2017', '2017-11-09T12:00:00.000+00:00', '2018-08-02T10:20:00.000+01:00', BOURNEMOUTH_ATTS, BOURNEMOUTH_BODY,
     [('2 August 2018', '2018-08-02', 'Added revised direction.'), ('9 November 2017', '2017-11-09', 'First published.')],
     COLL, '2 August 2018')

TORBAY_BODY = '''<p>Torbay Council received an improvement notice on 17 February 2015 following an Ofsted inspection which judged its children's services inadequate in a report published in December 2014.</p>
<p>The improvement notice was lifted on 3 May 2017, after the council demonstrated sustained improvement. The letter confirming that the notice has been revoked is attached.</p>'''
TORBAY_ATTS = [
    ('Torbay improvement notice', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/403118/Torbay_improvement_notice.pdf', 5, '201 KB'),
    ('Letter lifting the Torbay improvement notice', 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/611845/Torbay_revocation_letter.pdf', 2, '84 KB'),
]
page('g06_govuk_torbay_closed.html', '/government/publications/improvement-notice-issued-to-torbay-council',
     'Improvement notice issued to Torbay Council (closed)',
     'Improvement notice issued to Torbay Council about children\'s services. This notice has now been lifted.',
     '19 February 2015', '2015-02-19T10:00:00.000+00:00', '2017-05-05T15:40:00.000+01:00', TORBAY_ATTS, TORBAY_BODY,
     [('5 May 2017', '2017-05-05', 'Added the letter lifting the improvement notice.'), ('19 February 2015', '2015-02-19', 'First published.')],
     COLL, '5 May 2017')

# ---------------------------------------------------------------- Content API JSON
DFE = {"content_id": "ebd15ade-73b2-4eaf-b1c3-43034a42eb37", "title": "Department for Education", "base_path": "/government/organisations/department-for-education",
       "analytics_identifier": "D6", "document_type": "organisation", "details": {"acronym": "DfE"}}
COLL_LINK = {"content_id": "5f4e3c2b-1a09-4b8c-9d7e-6f5a4b3c2d1e", "title": "Improvement notices and directions", "base_path": COLL[0],
             "api_path": "/api/content" + COLL[0], "document_type": "document_collection", "schema_name": "document_collection", "locale": "en"}

def api(fname, path, cid, title, desc, first, updated, body, atts, history):
    doc = {
        "analytics_identifier": None, "base_path": path, "content_id": cid, "document_type": "decision",
        "first_published_at": first, "locale": "en", "phase": "live", "public_updated_at": updated,
        "publishing_app": "whitehall", "rendering_app": "government-frontend", "schema_name": "publication",
        "title": title, "description": desc, "updated_at": updated, "withdrawn_notice": {},
        "details": {
            "body": body, "political": False,
            "attachments": [{"attachment_type": "file", "id": str(7000000 + i), "url": u, "content_type": "application/pdf", "title": t,
                             "filename": u.rsplit('/', 1)[1], "file_size": 150000 + 1000 * i, "number_of_pages": p, "accessible": False,
                             "alternative_format_contact_email": "alternative.formats@education.gov.uk"} for i, (t, u, p, _s) in enumerate(atts)],
            "featured_attachments": [str(7000000 + i) for i in range(len(atts))],
            "change_history": [{"public_timestamp": iso + "T09:00:00.000+00:00", "note": note} for _d, iso, note in history],
            "national_applicability": {"england": {"label": "England", "applicable": True}},
            "emphasised_organisations": [DFE["content_id"]],
        },
        "links": {"organisations": [DFE], "primary_publishing_organisation": [DFE], "document_collections": [COLL_LINK]},
    }
    with open(os.path.join(HERE, fname), 'w') as f:
        json.dump(doc, f, indent=2)

api('j01_api_sandwell_direction.json', '/government/publications/direction-issued-to-sandwell-metropolitan-borough-council', '1b6f3a2e-0c4d-4e8f-a1b2-c3d4e5f60718',
    'Direction issued to Sandwell Metropolitan Borough Council', 'Statutory direction issued to Sandwell Metropolitan Borough Council to secure improvement in children\'s social care.',
    '2016-10-24T09:30:00.000+01:00', '2017-03-15T14:02:11.000+00:00', SANDWELL_BODY, SANDWELL_ATTS,
    [('', '2017-03-15', 'Added the commissioner\'s report.'), ('', '2016-10-24', 'First published.')])
api('j02_api_rutland_notice.json', '/government/publications/improvement-notice-issued-to-rutland-county-council-march-2025', '9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f',
    'Improvement notice issued to Rutland County Council: March 2025', 'Improvement notice issued to Rutland County Council about children\'s social care services.',
    '2025-03-12T10:00:00.000+00:00', '2025-03-12T10:00:00.000+00:00', RUTLAND_BODY, RUTLAND_ATTS, [('', '2025-03-12', 'First published.')])
api('j03_api_bracknell_send_notice.json', '/government/publications/improvement-notice-issued-to-bracknell-forest-council-may-2025', '3e2d1c0b-9a8f-4e7d-b6c5-a4b3c2d1e0f9',
    'Improvement notice issued to Bracknell Forest Council: May 2025', 'SEND improvement notice issued to Bracknell Forest Council.',
    '2025-05-22T09:30:00.000+01:00', '2025-05-22T09:30:00.000+01:00', BRACKNELL_BODY, BRACKNELL_ATTS, [('', '2025-05-22', 'First published.')])

# ---------------------------------------------------------------- collection JSON
COLL_DOCS = [
    ('Open notices', '0a1b2c3d-0001-4000-8000-000000000001', 'Improvement notice issued to Rutland County Council: March 2025', '/government/publications/improvement-notice-issued-to-rutland-county-council-march-2025', '2025-03-12T10:00:00.000+00:00'),
    ('Open directions', '0a1b2c3d-0002-4000-8000-000000000002', 'SEND direction issued to North Northamptonshire Council: October 2024', '/government/publications/send-direction-issued-to-north-northamptonshire-council-october-2024', '2024-10-11T09:00:00.000+01:00'),
    ('Open directions', '0a1b2c3d-0003-4000-8000-000000000003', 'Revised direction issued to City of Bradford Metropolitan District Council: March 2022', '/government/publications/revised-direction-issued-to-city-of-bradford-metropolitan-district-council-march-2022', '2022-03-30T12:00:00.000+01:00'),
    ('Closed notices', '0a1b2c3d-0004-4000-8000-000000000004', 'Improvement notice issued to Salford City Council: September 2019 (closed)', '/government/publications/improvement-notice-issued-to-salford-city-council-september-2019', '2021-02-01T10:00:00.000+00:00'),
    ('Closed directions', '0a1b2c3d-0005-4000-8000-000000000005', 'Direction issued to Sandwell Metropolitan Borough Council: October 2016 (closed)', '/government/publications/direction-issued-to-sandwell-metropolitan-borough-council', '2022-05-03T10:00:00.000+01:00'),
    ('Closed directions', '0a1b2c3d-0006-4000-8000-000000000006', 'Direction issued to Slough Borough Council: October 2014 (closed)', '/government/publications/direction-issued-to-slough-borough-council-october-2014', '2020-11-20T10:00:00.000+00:00'),
]
UNPUBLISHED_ID = '0a1b2c3d-0007-4000-8000-000000000007'
groups = {}
for g, cid, *_ in COLL_DOCS:
    groups.setdefault(g, []).append(cid)
groups['Open notices'].append(UNPUBLISHED_ID)
collection = {
    "base_path": COLL[0], "content_id": COLL_LINK["content_id"], "title": COLL[1],
    "description": "Improvement notices and directions about children's services issued to councils by the Department for Education.",
    "document_type": "document_collection", "schema_name": "document_collection", "locale": "en",
    "first_published_at": "2013-07-03T12:00:00.000+01:00", "public_updated_at": "2025-03-12T10:00:00.000+00:00", "updated_at": "2025-03-12T10:05:00.000+00:00",
    "withdrawn_notice": {},
    "details": {
        "collection_groups": [{"title": t, "body": f"<p>{t}.</p>", "documents": ids} for t, ids in [(k, groups[k]) for k in ['Open notices', 'Closed notices', 'Open directions', 'Closed directions']]],
        "political": False,
        "body": "<p>Statutory directions and improvement notices issued to local authorities about their children's services.</p>",
        "change_history": [{"public_timestamp": "2025-03-12T10:00:00.000+00:00", "note": "Added Rutland improvement notice."},
                           {"public_timestamp": "2013-07-03T12:00:00.000+01:00", "note": "First published."}],
    },
    "links": {
        "documents": [{"content_id": cid, "title": t, "base_path": bp, "api_path": "/api/content" + bp, "document_type": "decision", "schema_name": "publication",
                       "public_updated_at": up, "description": t + ".", "locale": "en", "withdrawn": False} for _g, cid, t, bp, up in COLL_DOCS],
        "organisations": [DFE], "primary_publishing_organisation": [DFE],
    },
}
with open(os.path.join(HERE, 'c01_collection_notices_directions.json'), 'w') as f:
    json.dump(collection, f, indent=2)

# ---------------------------------------------------------------- feeds
RSS_ITEMS = [
    ('Tameside handed improvement notice over children\'s services', 'https://www.communitycare.co.uk/2017/05/18/tameside-handed-improvement-notice/', 'Thu, 18 May 2017 10:12:00 +0100', 'Council must submit an improvement plan within a fortnight.'),
    ('Salford issued with improvement notice as Wigan steps in', 'https://www.communitycare.co.uk/2019/09/12/salford-issued-improvement-notice-wigan-partner/', 'Thu, 12 Sep 2019 08:40:00 +0100', 'Wigan will act as improvement partner.'),
    ('Government takes action over Bradford children\'s services', 'https://www.communitycare.co.uk/2021/01/21/bradford-childrens-services-commissioner-direction/', 'Thu, 21 Jan 2021 16:05:00 +0000', 'A direction compelling the council to work with a commissioner.'),
    ('Ofsted: what the new inspection framework means for social workers', 'https://www.communitycare.co.uk/2021/01/20/ofsted-new-inspection-framework-social-workers/', 'Wed, 20 Jan 2021 09:00:00 +0000', 'An explainer.'),
    ('Three councils face intervention over children\'s services', 'https://www.communitycare.co.uk/2025/11/20/three-councils-face-intervention/', 'Thu, 20 Nov 2025 11:30:00 +0000', 'West Berkshire, Darlington and Sefton.'),
]
rss = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
       '<title>Community Care &#187; Children\'s services</title>', '<atom:link href="https://www.communitycare.co.uk/childrens/feed/" rel="self" type="application/rss+xml"/>',
       '<link>https://www.communitycare.co.uk/childrens/</link>', '<description>Children\'s services news for social workers</description>',
       '<lastBuildDate>Thu, 20 Nov 2025 11:31:02 +0000</lastBuildDate>', '<language>en-GB</language>']
for t, u, d, desc in RSS_ITEMS:
    rss += ['<item>', f'<title>{t.replace("&", "&amp;")}</title>', f'<link>{u}</link>', f'<dc:creator><![CDATA[Community Care]]></dc:creator>', f'<pubDate>{d}</pubDate>',
            f'<guid isPermaLink="false">https://www.communitycare.co.uk/?p={sum(map(ord, u)) * 37 % 900000 + 100000}</guid>', f'<description><![CDATA[{desc}]]></description>', '</item>']
rss += ['</channel>', '</rss>']
w('f01_rss_communitycare.xml', '\n'.join(rss) + '\n')

ATOM_ENTRIES = [
    ('Minister orders North Northamptonshire to fix SEND services', 'https://www.lgcplus.com/services/children/minister-orders-north-northamptonshire-to-fix-send-services/5031844.article', '2024-10-11T08:00:00Z'),
    ('New Somerset Council handed SEND improvement notice', 'https://www.lgcplus.com/services/children/new-somerset-council-handed-send-improvement-notice/5024211.article', '2023-07-05T12:10:00Z'),
    ('Slough council to be stripped of its children\'s services', 'https://www.lgcplus.com/services/children/slough-council-to-be-stripped-of-its-childrens-services/5076001.article', '2014-10-02T07:30:00Z'),
    ('Opinion: a decade of trusts and commissioners', 'https://www.lgcplus.com/opinion/a-decade-of-trusts-and-commissioners/5028870.article', '2024-03-14T06:00:00Z'),
]
atom = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<title>LGC - Children\'s services</title>',
        '<link rel="self" href="https://www.lgcplus.com/services/children/atom.xml"/>', '<link rel="alternate" href="https://www.lgcplus.com/services/children/"/>',
        '<id>tag:lgcplus.com,2014:children</id>', '<updated>2024-10-11T08:00:00Z</updated>']
for t, u, d in ATOM_ENTRIES:
    atom += ['<entry>', f'<title>{t}</title>', f'<link rel="alternate" type="text/html" href="{u}"/>', f'<id>{u}</id>', f'<updated>{d}</updated>',
             '<author><name>LGC</name></author>', f'<summary>{t}.</summary>', '</entry>']
atom += ['</feed>']
w('f02_atom_lgc.xml', '\n'.join(atom) + '\n')
print('docs written')
