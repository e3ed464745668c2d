#!/usr/bin/env python3
"""Writes gold.jsonl for samples/heldout4 (same label format as samples/heldout/gold.jsonl).
All facts are invented except council names. Run: python3 make_gold.py"""
import json

CSC, SEND = "children's social care", "SEND"

def ev(council, instrument, issued, service=CSC, partners=(), people=(), deadlines=(), cadences=(), durations=(), rating=None, odate=None):
    return {"council": council, "instrument": instrument, "service": service, "issued": issued,
            "partners": [{"authority": a, "role": r} for a, r in partners],
            "people": [{"name": n, "role": r} for n, r in people],
            "deadlines": [{"text": t, "due": d, "what": w} for t, d, w in deadlines],
            "cadences": [{"text": t, "every": e, "what": w} for t, e, w in cadences],
            "durations": [{"text": t, "length": l, "what": w} for t, l, w in durations],
            "ofsted_rating": rating, "ofsted_date": odate}

def doc(file, url, published, kind, events, distractors=(), not_appointees=()):
    return {"file": file, "url": url, "published": published, "kind": kind, "events": events,
            "distractors": list(distractors), "not_appointees": list(not_appointees)}

A = "https://assets.publishing.service.gov.uk/media/"
docs = [
 doc("n01_communitycare_reading.html", "https://www.communitycare.co.uk/2019/06/18/reading-handed-second-improvement-notice-dfe-loses-patience/", "2019-06-18", "news", [
   ev("Reading", "improvement_notice", "2019-06-13", partners=[("Hampshire", "improvement partner (buddy)")],
      people=[("Margaret Dunne", "improvement adviser")],
      deadlines=[("within 28 days", "2019-07-16", "submit a revised improvement plan")],
      cadences=[("every 12 weeks", "P12W", "adviser reports to ministers on progress")],
      rating="requires improvement", odate="2019-04"),
   ev("Reading", "improvement_notice", "2018-01", rating="inadequate"),
 ], ["West Berkshire", "Wokingham", "Slough"], ["Nadhim Zahawi", "Joan Pallister", "Alex Turner", "Jo Bright", "Pete Shaw"]),
 doc("n02_cypnow_slough.txt", "https://www.cypnow.co.uk/news/article/slough-children-s-services-to-be-run-by-independent-trust", "2014-10-10", "news", [
   ev("Slough", "direction", "2014-10-08", people=[("Julian Hartnell", "children's services commissioner, chair of the trust's shadow board")],
      deadlines=[("by 1 September", "2015-09-01", "the trust must be operational")],
      durations=[("for at least three years", "P3Y", "commissioner oversees the transition")],
      rating="inadequate", odate="2014-05"),
 ], ["Doncaster", "Windsor and Maidenhead"], ["Edward Timpson", "Parveen Ashraf", "Derren Hale", "Sally Wheatcroft"]),
 doc("n03_lgc_northamptonshire.html", "https://www.lgcplus.com/services/children/fresh-direction-issued-to-northamptonshire-as-trust-plans-firm-up-03-10-2019/", "2019-10-03", "news", [
   ev("Northamptonshire", "revised_direction", "2019-09-30", partners=[("Essex", "improvement partner")],
      people=[("Malcolm Tyrell", "children's services commissioner")],
      deadlines=[("by the end of the school year", "2020-07-31", "recruit the trust's leadership team")],
      cadences=[("termly", "P4M", "commissioner reports to the DfE")]),
   ev("Northamptonshire", "direction", "2018-07"),
 ], ["Leicestershire", "Milton Keynes"], ["Sarah Kellaway", "Hollie Barrett", "Michelle Donelan"]),
 doc("n04_bbc_suffolk_send.txt", "https://www.bbc.co.uk/news/uk-england-suffolk-64823017", "2023-03-02", "news", [
   ev("Suffolk", "revocation", "2023-02-28", service=SEND),
   ev("Suffolk", "improvement_notice", "2021-03", service=SEND, partners=[("Norfolk", "peer-support partner")],
      cadences=[("monthly progress meetings", "P1M", "progress meetings with DfE advisers")]),
 ], ["Essex", "Cambridgeshire"], ["Claire Coutinho", "Rachel Hood", "Hannah Coyle", "Mark Rebbeck"]),
 doc("n05_themj_tameside.html", "https://www.themj.co.uk/Tameside-released-from-childrens-services-intervention/235811", "2024-11-20", "news", [
   ev("Tameside", "revocation", "2024-11-14"),
   ev("Tameside", "improvement_notice", "2022-06", partners=[("Stockport", "improvement partner")], rating="requires improvement"),
 ], ["Oldham", "Bury"], ["Dan Peters", "Sandra Whitcombe"]),
 doc("n06_yorkshirepost_barnsley.txt", "https://www.yorkshirepost.co.uk/news/politics/barnsley-council-placed-under-government-direction-after-damning-ofsted-report-4951120", "2025-01-23", "news", [
   ev("Barnsley", "direction", "2025-01-21", people=[("Anita Bhogal", "children's services commissioner")],
      deadlines=[("by 1 September", "2025-09-01", "put a new multi-agency safeguarding arrangement in place")],
      cadences=[("bi-monthly", "P2M", "commissioner reports to the Secretary of State")],
      durations=[("for 24 months", "P24M", "the direction")],
      rating="inadequate", odate="2024-11"),
 ], ["Sheffield", "Wakefield", "Doncaster"], ["Bridget Phillipson", "Tom Greaves", "Hannah Kitching", "Rebecca Marano"]),
 doc("n07_countypress_isle_of_wight.html", "https://www.countypress.co.uk/news/20128844.isle-wight-council-issued-improvement-notice-childrens-services/", "2022-05-12", "news", [
   ev("Isle of Wight", "improvement_notice", "2022-05-09", partners=[("Hampshire", "improvement partner; its DCS mentors the interim director")],
      deadlines=[("within three months", "2022-08-12", "produce a detailed improvement plan")],
      cadences=[("quarterly", "P3M", "DfE progress reviews")],
      durations=[("for a minimum of 12 months", "P12M", "the notice")],
      rating="requires improvement", odate="2022-03"),
 ], ["Portsmouth", "Southampton"], ["Debra Ashcombe", "Will Quince", "Louise Hollis"]),
 doc("n08_press_havering.html", "https://www.havering.gov.uk/news/article/1834/government-ends-formal-intervention-in-havering-childrens-services", "2021-09-10", "news", [
   ev("Havering", "revocation", "2021-09-07"),
   ev("Havering", "direction", "2018-11", partners=[("Redbridge", "improvement partner")],
      cadences=[("every six weeks", "P6W", "independent improvement board meetings")], rating="inadequate"),
 ], ["Barking and Dagenham", "Essex"], ["Vicky Ford", "Robert Bentall"]),
 doc("n09_newsandstar_cumbria.txt", "https://www.newsandstar.co.uk/news/20462219.commissioner-warns-cumbria-childrens-services-not-yet-safe/", "2022-08-04", "news", [
   ev("Cumbria", "commissioner_appointment", "2022-05", people=[("Richard Tolley", "children's services commissioner")],
      deadlines=[("by the end of October", "2022-10-31", "commissioner's final recommendations to the Education Secretary"),
                 ("ahead of a monitoring visit in the autumn", None, "show measurable progress")],
      rating="inadequate", odate="2022-03"),
 ], ["Lancashire", "Northumberland"], ["Nick Hethering", "Sue Haverthwaite", "Neil Bragg"]),
 doc("n10_men_rochdale.txt", "https://www.manchestereveningnews.co.uk/news/greater-manchester-news/rochdale-given-revised-government-direction-28801234", "2024-03-14", "news", [
   ev("Rochdale", "revised_direction", "2024-03-11", partners=[("Bury", "improvement partner")],
      people=[("Gordon Ashe", "DfE adviser, chair of the improvement board")],
      deadlines=[("within six weeks", "2024-04-25", "submit an updated improvement plan")],
      cadences=[("meet monthly", "P1M", "improvement board meetings")],
      durations=[("for a minimum of two years", "P2Y", "the revised direction")]),
   ev("Rochdale", "direction", "2019"),
 ], ["Oldham"], ["Ellie Sandford-Kerr", "Rachel Massey", "Andy Burnham"]),
 doc("n11_communitycare_surrey_westsussex_send.html", "https://www.communitycare.co.uk/2026/01/15/two-south-east-councils-handed-send-improvement-notices/", "2026-01-15", "news", [
   ev("Surrey", "improvement_notice", "2026-01-12", service=SEND, partners=[("Hampshire", "SEND improvement partner")],
      people=[("Caroline Ferris", "DfE SEND adviser, chair of the SEND improvement board")],
      deadlines=[("by the end of March", "2026-03-31", "cut the proportion of late EHC needs assessments")],
      cadences=[("every eight weeks", "P8W", "SEND improvement board meetings")]),
   ev("West Sussex", "improvement_notice", "2026-01-13", service=SEND, partners=[("Brighton and Hove", "improvement partner")],
      deadlines=[("within 12 weeks", "2026-04-09", "publish a revised SEND strategy")]),
 ], ["Kent", "East Sussex"], ["Mitra Sandhu", "Jacqui Rowland", "Janet Daby"]),
 doc("n12_press_bedford.txt", "https://www.bedford.gov.uk/news/council-responds-to-government-improvement-notice", "2016-04-22", "news", [
   ev("Bedford", "improvement_notice", "2016-04-19", partners=[("Milton Keynes", "improvement partner")],
      people=[("Frances Gilmore", "independent chair of the Children's Improvement Board")],
      deadlines=[("by 30 June", "2016-06-30", "submit a refreshed improvement plan")],
      cadences=[("meet monthly", "P1M", "improvement board meetings")],
      durations=[("until the Secretary of State is satisfied that sufficient improvement has been made", "open-ended", "the notice")],
      rating="requires improvement", odate="2016-02"),
 ], ["Central Bedfordshire"], ["Dave Hodgkin", "Jenny Saunderson"]),
 doc("i01_direction_hillingdon.pdf", A + "5aa8f1c2ed915d07a1b3c4d5/Hillingdon_direction_March_2018.pdf", "2018-03-14", "instrument_pdf", [
   ev("Hillingdon", "direction", "2018-03-14", people=[("Gillian Morrow", "Children's Services Commissioner, chair of the improvement board")],
      deadlines=[("within three months of the date of this Direction", "2018-06-14", "submit an improvement plan")],
      cadences=[("every 12 weeks", "P12W", "commissioner reports to the Secretary of State")],
      durations=[("until it is revoked by the Secretary of State", "open-ended", "the direction")],
      rating="inadequate", odate="2018-01"),
 ], ["Ealing", "Harrow"], ["Nadia Pembury", "Patricia Moreland", "Dele Amusan"]),
 doc("i02_improvement_notice_bracknell_forest.pdf", A + "64a6b0c1d2e3f40012a3b4c5/Bracknell_Forest_improvement_notice_July_2023.pdf", "2023-07-06", "instrument_pdf", [
   ev("Bracknell Forest", "improvement_notice", "2023-07-06", partners=[("Wokingham", "sector-led improvement partner")],
      people=[("Hugh Penrose", "improvement adviser")],
      deadlines=[("within 28 days of the date of this notice", "2023-08-03", "establish a Children's Improvement Board"),
                 ("by 31 October 2023", "2023-10-31", "reduce children waiting for assessment to fewer than 40")],
      cadences=[("bi-monthly review meetings", "P2M", "review meetings with DfE officials")],
      durations=[("for a minimum period of 12 months", "P12M", "the notice")],
      rating="requires improvement", odate="2023-05"),
 ], [], ["Eleri Vaughan", "Timothy Wheatley", "Gareth Barnsdale"]),
 doc("i03_revised_direction_bcp.pdf", A + "6204e1f2d3c4b50011a2b3c4/BCP_revised_direction_February_2022.pdf", "2022-02-10", "instrument_pdf", [
   ev("Bournemouth, Christchurch and Poole", "revised_direction", "2022-02-10", partners=[("Dorset", "improvement partner")],
      people=[("Theresa Langridge", "Children's Services Commissioner, chair of the improvement board")],
      deadlines=[("by 1 September 2022", "2022-09-01", "implement the revised model of practice")],
      cadences=[("monthly performance data", "P1M", "performance data to the DfE")],
      durations=[("for a period of 24 months", "P24M", "the partnership agreement with Dorset"),
                 ("until revoked by the Secretary of State", "open-ended", "the revised direction")]),
   ev("Bournemouth, Christchurch and Poole", "direction", "2020-03-12", rating="inadequate", odate="2020-01"),
 ], ["Hampshire"], ["Rupert Aldersey"]),
 doc("i04_revocation_letter_gloucestershire.pdf", A + "68e3a1b2c3d4e5f6a7b8c9d0/Gloucestershire_revocation_letter_October_2025.pdf", "2025-10-06", "instrument_pdf", [
   ev("Gloucestershire", "revocation", "2025-10-06",
      cadences=[("six-monthly stocktake meetings", "P6M", "DfE stocktake meetings")],
      durations=[("for 12 months", "P12M", "stocktake meetings")]),
   ev("Gloucestershire", "direction", "2021-03-23", partners=[("Wiltshire", "improvement partner")]),
 ], [], ["Josh MacAlister", "Peter Bramwell", "Stephen Darley"]),
 doc("i05_send_direction_brent.pdf", A + "66ebf0a1b2c3d4e5f6071829/Brent_SEND_direction_September_2024.pdf", "2024-09-19", "instrument_pdf", [
   ev("Brent", "direction", "2024-09-19", service=SEND, partners=[("Harrow", "SEND improvement partner")],
      people=[("Sunita Mehra", "independent chair of the SEND Improvement and Assurance Board")],
      deadlines=[("within 12 weeks of the date of this Direction", "2024-12-12", "submit a SEND improvement plan")],
      cadences=[("on a termly basis", "P4M", "board reports to the Minister")],
      durations=[("until it is revoked", "open-ended", "the direction")]),
 ], [], ["Imran Kadir", "Kim Wrightson"]),
 doc("i06_improvement_notice_halton.pdf", A + "54db3c4ae5274a1b2c000123/Halton_improvement_notice_February_2015.pdf", "2015-02-11", "instrument_pdf", [
   ev("Halton", "improvement_notice", "2015-02-11", partners=[("Warrington", "improvement partner; its DCS mentors Halton's DCS")],
      people=[("Dennis Okafor", "improvement adviser, chair of the improvement board")],
      deadlines=[("by 31 March 2015", "2015-03-31", "produce a workforce strategy")],
      cadences=[("at least every three months", "P3M", "improvement board meetings")],
      durations=[("for a minimum of 12 months", "P12M", "the notice")],
      rating="requires improvement", odate="2014-12"),
 ], ["Knowsley"], ["Edward Timpson", "David Parrish", "Tom McIlroy"]),
 doc("g01_govuk_somerset_direction.html", "https://www.gov.uk/government/publications/somerset-council-statutory-direction-for-childrens-services", "2023-09-28", "govuk_publication", [
   ev("Somerset", "direction", "2023-09-26", people=[("Imogen Hartley", "Children's Services Commissioner")],
      deadlines=[("within 12 weeks", "2023-12-19", "commissioner reports to the Secretary of State")],
      cadences=[("every six months", "P6M", "commissioner reviews progress")],
      rating="inadequate", odate="2023-07"),
 ], [], []),
 doc("g02_govuk_dorset_revocation.html", "https://www.gov.uk/government/publications/dorset-council-revocation-of-improvement-notice", "2024-02-15", "govuk_publication", [
   ev("Dorset", "revocation", "2024-02-13"),
   ev("Dorset", "improvement_notice", "2022-01", partners=[("Wiltshire", "improvement partner")],
      people=[("Derek Oyelaran", "improvement adviser, chair of the improvement board")],
      cadences=[("quarterly improvement board", "P3M", "improvement board meetings")],
      rating="requires improvement", odate="2021-11"),
 ], [], []),
 doc("g03_govuk_buckinghamshire_send.html", "https://www.gov.uk/government/publications/buckinghamshire-council-send-improvement-notice", "2025-05-22", "govuk_publication", [
   ev("Buckinghamshire", "improvement_notice", "2025-05-19", service=SEND, partners=[("Hertfordshire", "SEND improvement partner")],
      people=[("Olumide Bankole", "SEND improvement adviser, chair of the SEND improvement board")],
      deadlines=[("by 1 September", "2025-09-01", "agree a recovery trajectory for EHC plan timeliness")],
      cadences=[("six-weekly", "P6W", "SEND improvement board meetings")],
      durations=[("for at least 12 months", "P12M", "the notice")]),
 ], [], []),
 doc("x01_kentonline_school_inadequate.txt", "https://www.kentonline.co.uk/medway/news/gillingham-school-rated-inadequate-placed-in-special-measures-318822/", "2024-11-22", "news", [],
     ["Medway", "Kent"], ["Carol Beddowes", "Tanya Roper", "Kerry Lindqvist"]),
 doc("x02_birminghammail_section114.html", "https://www.birminghammail.co.uk/news/midlands-news/birmingham-city-council-issues-section-27654321", "2023-09-05", "news", [],
     ["Birmingham", "Sandwell", "Solihull"], ["John Cotterill", "Michael Gove", "Robert Alder", "Jane Haynesworth"]),
 doc("x03_lancashiretelegraph_childrens_commissioner.txt", "https://www.lancashiretelegraph.co.uk/news/24102233.childrens-commissioner-demands-answers-lancashire-unregistered-homes/", "2024-02-08", "news", [],
     ["Lancashire", "Blackburn with Darwen", "Blackpool"], ["Rachel de Souza", "Cosima Thornley", "Callum Fairweather"]),
]

with open("gold.jsonl", "w") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(docs), "docs,", sum(len(d["events"]) for d in docs), "events")
