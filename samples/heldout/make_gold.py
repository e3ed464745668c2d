# Builds gold.jsonl from the hand labels below and checks them (verbatim texts, short names, date formats).
import csv, json, re, sys, os
CSC, SEND = "children's social care", "SEND"
def ev(council, instrument, issued, service=CSC, partners=(), people=(), deadlines=(), cadences=(), durations=(), rating=None, odate=None):
    return dict(council=council, instrument=instrument, service=service, issued=issued,
        partners=[dict(authority=a, role=r) for a, r in partners],
        people=[dict(name=n, role=r) for n, r in people],
        deadlines=[dict(text=t, due=d, what=w) for t, d, w in deadlines],
        cadences=[dict(text=t, every=e, what=w) for t, e, w in cadences],
        durations=[dict(text=t, length=l, what=w) for t, l, w in durations],
        ofsted_rating=rating, ofsted_date=odate)
def doc(file, url, published, kind, events, distractors=(), not_appointees=()):
    return dict(file=file, url=url, published=published, kind=kind, events=events, distractors=list(distractors), not_appointees=list(not_appointees))
IP, IA = "improvement partner", "improvement adviser"
G = [
 doc("n01_communitycare_bexley.txt", "https://www.communitycare.co.uk/2025/03/04/bexley-placed-under-statutory-direction-after-second-inadequate-ofsted-verdict/", "2025-03-04", "news",
     [ev("Bexley", "direction", "2025-02-27", people=[("Deborah Oakes", "children's services commissioner")],
         deadlines=[("within 12 weeks", "2025-05-27", "produce an action plan")],
         cadences=[("every three months", "P3M", "commissioner reviews progress")], rating="inadequate", odate="2025-01")],
     ["Kent", "Bromley", "Greenwich"], ["Lorna Whitfield", "Helen Marsh", "Graham Pryce", "Maureen Kaye"]),
 doc("n02_cypnow_stockton.txt", "https://www.cypnow.co.uk/content/news/government-issues-improvement-notice-to-stockton-on-tees-over-childrens-services", "2025-06-04", "news",
     [ev("Stockton-on-Tees", "improvement_notice", "2025-05-28", partners=[("Darlington", IP)], people=[("Marion Kettle", IA)],
         deadlines=[("by the end of September", "2025-09-30", "demonstrate measurable progress")],
         cadences=[("six-monthly reviews", "P6M", "reviews of progress led by the adviser")],
         durations=[("for at least 12 months", "P12M", "the notice")], rating="requires improvement", odate="2025-04")],
     ["Hartlepool", "Middlesbrough"], ["Derren Hale", "Priya Thandi", "J.Mulholland"]),
 doc("n03_lgc_thurrock_send.txt", "https://www.lgcplus.com/services/childrens-services/ministers-order-thurrock-to-overhaul-send-services/5037712.article", "2024-12-12", "news",
     [ev("Thurrock", "direction", "2024-12-10", service=SEND, partners=[("Essex", "SEND improvement partner")], people=[("Ruth Akintola", "independent chair of the SEND improvement board")],
         deadlines=[("by the end of the financial year", "2025-03-31", "reduce the EHC needs assessment backlog")],
         cadences=[("monthly meetings", "P1M", "SEND improvement board meetings")],
         durations=[("until the direction is revoked", "open-ended", "the direction")])],
     ["Southend-on-Sea"], ["Nathan Ellery", "Andrew Jefferies", "Hugh Stannard"]),
 doc("n04_bbc_hull.txt", "https://www.bbc.co.uk/news/articles/c4g7ndy2hull0", "2025-03-12", "news",
     [ev("Kingston upon Hull", "direction", None, partners=[("North Lincolnshire", "adviser (its director of children's services)")], people=[("Andrew Bellingham", "commissioner")],
         deadlines=[("report back by the autumn", None, "commissioner's report")],
         durations=[("for two years", "P2Y", "the direction")], rating="inadequate", odate="2024-11")],
     ["East Riding of Yorkshire"], ["Sarah Quinn", "Dean Paxton"]),
 doc("n05_men_oldham.txt", "https://www.manchestereveningnews.co.uk/news/greater-manchester-news/oldham-council-childrens-services-no-longer-31634521", "2025-05-16", "news",
     [ev("Oldham", "revocation", "2025-05-09"),
      ev("Oldham", "direction", "2022-10", partners=[("Stockport", IP)], rating="inadequate", odate="2022-08")],
     ["Rochdale", "Tameside"], ["Kieran Doyle", "Arooj Shah", "Gerard Jones"]),
 doc("n06_yorkshirepost_calderdale.txt", "https://www.yorkshirepost.co.uk/news/politics/council/calderdale-childrens-services-to-be-handed-to-a-trust-4962211", "2025-03-04", "news",
     [ev("Calderdale", "direction", "2025-02-26", people=[("Pauline Rigg", "commissioner")],
         deadlines=[("no later than 30 September 2025", "2025-09-30", "establish the trust")],
         cadences=[("twice a year", "P6M", "DfE review of the trust's performance")],
         durations=[("an initial five years", "P5Y", "the trust arrangement")]),
      ev("Calderdale", "improvement_notice", "2023-06")],
     ["Doncaster", "Sunderland", "Leeds"], ["Rebecca Whitaker", "Jane Scullion"]),
 doc("n07_birminghammail_solihull.txt", "https://www.birminghammail.co.uk/news/midlands-news/solihull-council-served-improvement-notice-30812345", "2025-01-22", "news",
     [ev("Solihull", "improvement_notice", "2025-01-17", service=SEND, partners=[("Warwickshire", "sector-led improvement partner")], people=[("Nadia Chowdhury", IA)],
         deadlines=[("within three months", "2025-04-22", "set out a SEND improvement plan")],
         cadences=[("quarterly", "P3M", "DfE progress checks")])],
     ["Birmingham", "Coventry"], ["Amrit Sandhu", "Ian Courts", "Lisa Okafor"]),
 doc("n08_press_torbay.txt", "https://www.torbay.gov.uk/news/council-welcomes-end-of-government-intervention-in-childrens-services/", "2025-04-07", "news",
     [ev("Torbay", "revocation", "2025-04-03"),
      ev("Torbay", "improvement_notice", "2023", partners=[("Devon", IP)], people=[("Tom Hadley", IA)])],
     ["Plymouth", "Cornwall"], ["Nick Bye", "Nancy Meehan"]),
 doc("n09_cypnow_swindon.txt", "https://www.cypnow.co.uk/content/news/dfe-appoints-commissioner-to-review-swindon-children-s-services", "2025-06-16", "news",
     [ev("Swindon", "commissioner_appointment", "2025-06-12", people=[("Joanne Pitt", "children's services commissioner")],
         deadlines=[("by 29 August", "2025-08-29", "commissioner reports to the education secretary")], rating="inadequate", odate="2025-05")],
     ["Hertfordshire", "Wiltshire"], ["Fiona Grantham", "Jim Robbins"]),
 doc("n10_kentonline_medway.txt", "https://www.kentonline.co.uk/medway/news/ministers-issue-revised-direction-to-medway-314522/", "2024-11-27", "news",
     [ev("Medway", "revised_direction", "2024-11-25", partners=[("Kent", IP)], people=[("Gill Hartley", "improvement adviser and board chair")],
         deadlines=[("by the end of May", "2025-05-31", "finalise recruitment and retention strategy")],
         durations=[("for a further two years", "P2Y", "the revised direction")]),
      ev("Medway", "direction", "2023-07", partners=[("Essex", IP)])],
     ["Swale", "Maidstone"], ["Toby Easton", "Adam Price"]),
 doc("n11_echo_knowsley.txt", "https://www.liverpoolecho.co.uk/news/liverpool-news/knowsley-given-government-notice-improve-30987654", "2025-03-04", "news",
     [ev("Knowsley", "improvement_notice", "2025-02-26", partners=[("Sefton", "improvement adviser (its director of children's services)")],
         deadlines=[("by the end of April", "2025-04-30", "submit an improvement plan")],
         cadences=[("every six months", "P6M", "DfE progress reviews")],
         durations=[("for a minimum of 12 months", "P12M", "the notice")], rating="requires improvement", odate="2024-12")],
     ["Liverpool", "St Helens", "Wirral"], ["Callum Reid", "Margaret Harvey"]),
 doc("n12_ldrs_trafford.txt", "https://www.messengernewspapers.co.uk/news/24629871.ministers-order-trafford-accept-outside-help-childrens-services/", "2024-10-05", "news",
     [ev("Trafford", "direction", "2024-10-02", partners=[("Wigan", IP)], people=[("Simon Faulkner", "independent chair of the improvement board")],
         deadlines=[("within six months", "2025-04-05", "produce a costed improvement plan")],
         cadences=[("annually", "P1Y", "DfE review of the plan")],
         durations=[("indefinitely", "open-ended", "the direction")], rating="inadequate", odate="2024-07")],
     ["Manchester", "Salford"], ["Hannah Brierley", "Joanne Harding"]),
 doc("n13_cc_london_lifted.txt", "https://www.communitycare.co.uk/2025/07/03/dfe-lifts-intervention-at-two-london-councils/", "2025-07-03", "news",
     [ev("Lambeth", "revocation", "2025-06-30"),
      ev("Lambeth", "direction", "2022-03"),
      ev("Southwark", "revocation", "2025-06-27"),
      ev("Haringey", "improvement_notice", "2024-09", partners=[("Camden", IP)], cadences=[("quarterly reviews", "P3M", "DfE reviews of progress")])],
     ["Croydon", "Lewisham", "Islington"], ["Mitra Samuels", "Jen Ansell", "Amira Latif"]),
 doc("n14_northernecho_middlesbrough.txt", "https://www.thenorthernecho.co.uk/news/24938112.middlesbrough-placed-direction-commissioner-warns-fragile-progress/", "2025-02-14", "news",
     [ev("Middlesbrough", "direction", "2025-01", partners=[("North Yorkshire", "Partners in Practice support")], people=[("Ifeoma Nwosu", "commissioner")],
         deadlines=[("no later than 30 June 2025", "2025-06-30", "bring caseloads under 20 per worker")],
         durations=[("for two years", "P2Y", "the arrangement")], rating="inadequate", odate="2024-10")],
     ["Redcar and Cleveland", "Stockton-on-Tees", "Hartlepool", "Darlington", "County Durham"], ["Graeme Ashworth", "Chris Cooke"]),
 doc("n15_lgc_staffordshire_send.txt", "https://www.lgcplus.com/services/send/staffordshire-served-with-improvement-notice-over-send/5040131.article", "2025-09-10", "news",
     [ev("Staffordshire", "improvement_notice", "2025-09-05", service=SEND, partners=[("Derbyshire", "SEND improvement partner")], people=[("Colin Marsh", "improvement adviser, chair of SEND improvement board")],
         deadlines=[("by the end of the year", "2025-12-31", "cut EHCP waiting times")],
         cadences=[("every six months", "P6M", "progress assessment")])],
     ["Shropshire"], ["Nathan Ellery", "Lezley Picton", "Paul Knott"]),
 doc("n16_press_luton.txt", "https://www.luton.gov.uk/news/article/luton-borough-council-responds-to-statutory-direction", "2025-01-21", "news",
     [ev("Luton", "direction", "2025-01-17", partners=[("Central Bedfordshire", IP)], people=[("Margaret Owusu", "independent chair of the improvement board")],
         deadlines=[("by 31 March", "2025-03-31", "submit an improvement plan")],
         cadences=[("meet monthly", "P1M", "improvement board meetings")],
         durations=[("an initial 18-month period", "P18M", "the direction")], rating="inadequate", odate="2024-11")],
     [], ["Hazel Simmons", "Robin Porter"]),
 doc("h01_lgc_newham.html", "https://www.lgcplus.com/services/childrens-services/newham-handed-improvement-notice-as-dfe-demands-faster-progress/5038890.article", "2025-04-15", "news",
     [ev("Newham", "improvement_notice", "2025-04-10", partners=[("Redbridge", IP)],
         deadlines=[("within 12 weeks", "2025-07-08", "set out an improvement plan")],
         cadences=[("quarterly", "P3M", "DfE progress reviews")], rating="requires improvement", odate="2025-02")],
     ["Tower Hamlets", "Waltham Forest"], ["Sophie Amadi", "Rokhsana Fiaz"]),
 doc("h02_bbc_cumberland.html", "https://www.bbc.co.uk/news/articles/cx2e8r41cumb", "2025-02-18", "news",
     [ev("Cumberland", "direction", "2025-02-14", people=[("Helen Buckley", "commissioner")],
         cadences=[("twice a year", "P6M", "commissioner reviews progress")],
         durations=[("for at least 12 months", "P12M", "the direction")], rating="inadequate", odate="2024-12")],
     ["Cumbria", "Westmorland and Furness"], ["Kate Ferrier", "Lisa Brown"]),
 doc("h03_press_dudley.html", "https://www.dudley.gov.uk/news/send-improvement-notice-lifted/", "2025-03-14", "news",
     [ev("Dudley", "revocation", "2025-03-12", service=SEND),
      ev("Dudley", "improvement_notice", "2023-11", service=SEND, partners=[("Sandwell", "SEND improvement partner")], people=[("Rebecca Lomas", "DfE SEND adviser, chair of progress meetings")],
         cadences=[("monthly progress meetings", "P1M", "progress meetings")])],
     ["Walsall", "Wolverhampton"], ["Ruth Buttery"]),
 doc("h04_expressstar_walsall.html", "https://www.expressandstar.com/news/local-hub/walsall/2024/11/22/walsall-council-paired-with-telford-and-wrekin-after-statutory-direction/", "2024-11-22", "news",
     [ev("Walsall", "direction", "2024-11-20", partners=[("Telford and Wrekin", IP)],
         deadlines=[("within three months", "2025-02-22", "draw up an action plan")],
         durations=[("until the direction is revoked", "open-ended", "the direction")], rating="inadequate", odate="2024-09")],
     ["Wolverhampton"], ["Mark Tonks", "Stephen Elson"]),
 doc("i01_direction_enfield.txt", "https://assets.publishing.service.gov.uk/media/67a0c1e2f3/Enfield_statutory_direction_January_2025.pdf", "2025-01-30", "instrument_pdf",
     [ev("Enfield", "direction", "2025-01-30", people=[("Paul Grainger", "Children's Services Commissioner")],
         deadlines=[("within three months of the date of this Direction", "2025-04-30", "submit an improvement plan")],
         cadences=[("every six months", "P6M", "commissioner reviews progress")],
         durations=[("until revoked by the Secretary of State", "open-ended", "the direction")], rating="inadequate", odate="2024-12")],
     ["Haringey", "Barnet"], ["Andrew Whitcombe"]),
 doc("i02_notice_wokingham.txt", "https://assets.publishing.service.gov.uk/media/66b4a0d1c2/Wokingham_improvement_notice_August_2024.pdf", "2024-08-08", "instrument_pdf",
     [ev("Wokingham", "improvement_notice", "2024-08-08", partners=[("Hampshire", "sector-led improvement partner")], people=[("Alison Garvey", IA)],
         deadlines=[("within 12 weeks of the date of this notice", "2024-10-31", "submit an improvement plan"),
                    ("within six months of the notice", "2025-02-08", "demonstrate sustained improvement in assessment timeliness")],
         cadences=[("quarterly review meetings", "P3M", "review meetings")],
         durations=[("for a minimum period of 12 months", "P12M", "the notice")], rating="inadequate", odate="2024-06")],
     [], ["Stephen Conway", "Susan Parsonage", "Olivia Brennan", "Mark Ellison"]),
 doc("i03_revocation_blackpool.txt", "https://assets.publishing.service.gov.uk/media/67d1b2c3a4/Blackpool_revocation_letter.pdf", "2025-03-12", "instrument_pdf",
     [ev("Blackpool", "revocation", "2025-03-12",
         cadences=[("six-monthly stocktake meetings", "P6M", "DfE stocktakes")],
         durations=[("for a further 12 months", "P12M", "stocktake meetings")]),
      ev("Blackpool", "direction", "2023-07-19", partners=[("Lancashire", IP)], people=[("Mark Delaney", "commissioner")])],
     [], ["Lynn Williams", "Neil Jack", "Vicky Gent", "Olivia Brennan"]),
 doc("i04_revised_direction_worcestershire.txt", "https://assets.publishing.service.gov.uk/media/6814c0ffee/Worcestershire_revised_direction_May_2025.pdf", "2025-05-02", "instrument_pdf",
     [ev("Worcestershire", "revised_direction", "2025-05-02", partners=[("Shropshire", IP)], people=[("Eleanor Fry", "Children's Services Commissioner")],
         deadlines=[("no later than 30 September 2025", "2025-09-30", "agree revised front door practice standards")],
         cadences=[("at least twice a year", "P6M", "commissioner reviews progress")],
         durations=[("for an initial period of 18 months", "P18M", "the revised direction")]),
      ev("Worcestershire", "direction", "2023-10-11", rating="inadequate", odate="2023-08")],
     [], ["Catherine Nyland"]),
 doc("i05_send_notice_north_somerset.txt", "https://assets.publishing.service.gov.uk/media/6877aa01b2/North_Somerset_SEND_improvement_notice.pdf", "2025-07-16", "instrument_pdf",
     [ev("North Somerset", "improvement_notice", "2025-07-16", service=SEND, partners=[("Bath and North East Somerset", "SEND improvement partner")], people=[("Priya Raman", "SEND improvement adviser")],
         deadlines=[("by the end of October 2025", "2025-10-31", "clear the backlog of overdue annual reviews")],
         cadences=[("every three months", "P3M", "board reports to the DfE")],
         durations=[("for at least 12 months", "P12M", "the notice")])],
     ["Bristol", "South Gloucestershire"], ["Mike Bell", "Jo Walker", "Olivia Brennan"]),
 doc("i06_direction_northumberland.txt", "https://assets.publishing.service.gov.uk/media/67063f1a2b/Northumberland_direction_October_2024.pdf", "2024-10-09", "instrument_pdf",
     [ev("Northumberland", "direction", "2024-10-09", partners=[("Gateshead", IP)],
         deadlines=[("Within 28 days of the date of this Direction", "2024-11-06", "establish an improvement board")],
         cadences=[("monthly meetings", "P1M", "meetings with DfE officials")], rating="inadequate", odate="2024-08")],
     [], ["Martin Okonjo"]),
 doc("x01_ofsted_cheshire_east.txt", "https://www.cheshire-live.co.uk/news/chester-cheshire-news/cheshire-east-childrens-services-require-31345678", "2025-04-09", "news", [],
     ["Cheshire East", "Cheshire West and Chester", "Stoke-on-Trent"], ["Olivia Hartshorn", "Carol Bulman"]),
 doc("x02_best_value_nottingham.txt", "https://www.nottinghampost.com/news/local-news/government-extends-commissioners-powers-nottingham-9987654", "2025-06-03", "news", [],
     ["Nottingham", "Nottinghamshire", "Derby"], ["Joseph Locker", "Tony McArdle", "Neghat Khan"]),
 doc("x03_academy_order_lancashire.txt", "https://www.lancashiretelegraph.co.uk/news/24880011.burnley-primary-school-become-academy-ofsted-failure/", "2025-01-27", "news", [],
     ["Lancashire", "Blackburn with Darwen"], ["Aimee Sutcliffe", "Sophie Wardle", "Jayne Rear"]),
 doc("x04_policy_intervention_reform.txt", "https://www.cypnow.co.uk/content/news/government-to-overhaul-intervention-regime-for-failing-children-s-services", "2025-05-21", "news", [],
     [], ["Anna Pritchard", "Helen Marsh", "Amira Latif"]),
 doc("x05_direction_of_travel_kirklees.txt", "https://www.kirklees.gov.uk/beta/news/new-strategic-direction-for-childrens-services.aspx", "2025-02-11", "news", [],
     ["Kirklees", "Calderdale", "Wakefield"], ["Elizabeth Reynolds", "Tom Brailsford"]),
 doc("x06_court_direction_croydon.txt", "https://www.familylawweek.co.uk/news/high-court-judge-criticises-croydon-over-delays-in-care-proceedings/", "2024-10-08", "news", [],
     ["Croydon", "Sutton", "Merton"], ["Rachel Osei"]),
]
# ---- checks ----
here = os.path.dirname(os.path.abspath(__file__))
names = {r["name"] for r in csv.DictReader(open("/work/shared/reference/authorities.csv"))}
ok = True
def bad(msg):
    global ok; ok = False; print("BAD", msg)
D = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
files = set()
for d in G:
    files.add(d["file"])
    text = open(os.path.join(here, d["file"]), encoding="utf8").read()
    norm = re.sub(r"\s+", " ", text)
    if d["published"] and not re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"]): bad(d["file"] + " published")
    for e in d["events"]:
        if e["council"] not in names: bad(f"{d['file']} council {e['council']}")
        if e["instrument"] not in {"direction","revised_direction","revocation","improvement_notice","commissioner_appointment","other"}: bad("instrument")
        if e["issued"] and not D.match(e["issued"]): bad("issued")
        if e["ofsted_date"] and not re.match(r"^\d{4}-\d{2}$", e["ofsted_date"]): bad("odate")
        for p in e["partners"]:
            if p["authority"] not in names: bad(f"{d['file']} partner {p['authority']}")
        for p in e["people"]:
            if p["name"] not in norm: bad(f"{d['file']} person {p['name']}")
        for k in ("deadlines","cadences","durations"):
            for x in e[k]:
                if x["text"] not in norm: bad(f"{d['file']} {k} text {x['text']!r}")
        for x in e["deadlines"]:
            if x["due"] and not re.match(r"^\d{4}-\d{2}-\d{2}$", x["due"]): bad("due")
        for x in e["cadences"]:
            if x["every"] not in {"P1M","P3M","P6M","P1Y"}: bad("every")
    for n in d["not_appointees"]:
        if n not in norm: bad(f"{d['file']} not_appointee {n}")
on_disk = {f for f in os.listdir(here) if f.endswith((".txt", ".html"))}
if on_disk != files: bad(f"file sets differ: {on_disk ^ files}")
with open(os.path.join(here, "gold.jsonl"), "w") as f:
    for d in G: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("ok" if ok else "PROBLEMS", len(G), "docs", sum(len(d["events"]) for d in G), "events")
