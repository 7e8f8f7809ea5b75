"""Probe: the world's organisations (gazetteer_orgs.yaml) named in news sentences.

Sentences written for this probe (not from any annotated text), in English and Arabic,
name armed groups, forces, services and parties by a usual name or abbreviation as the agent
of a killing ("Boko Haram gunmen killed X", "قتل مسلحو بوكو حرام X"), as a meeting partner
and as the body a person leads. For each sentence it checks that the body is found under
its id and, where one is expected, that a relation of the given type touches it; negatives
(the short names used as ordinary words) must find no body of the file. Prints bodies
found, relations found and false bodies, per language.

    python bench/probe_orgs.py [-v]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.gazetteer import ORGS_GAZETTEER, read_entries  # noqa: E402
from loaders.extract.rules import RuleExtractor  # noqa: E402

ORG = "organization:"
# (lang, text, body id expected, relation type touching it or None)
CASES: list[tuple[str, str, str, str | None]] = [
    ("en", "Boko Haram gunmen killed village head Musa Garba in Borno on Sunday.", "boko-haram", "ASSASSINATED_BY"),
    ("en", "Governor Bala Zulum was killed by ISWAP fighters near Maiduguri.", "islamic-state-west-africa-province", "ASSASSINATED_BY"),
    ("en", "Al-Shabaab militants assassinated district commissioner Abdi Warsame in Mogadishu.", "al-shabaab", "ASSASSINATED_BY"),
    ("en", "JNIM claimed the killing of Colonel Issa Traore near Mopti.", "jnim", "ASSASSINATED_BY"),
    ("en", "ISIS-K claimed responsibility for killing cleric Rahimullah Noorzai in Kabul.", "islamic-state-khorasan", "ASSASSINATED_BY"),
    ("en", "Tehrik-i-Taliban Pakistan fighters shot dead police chief Anwar Khattak.", "ttp", "ASSASSINATED_BY"),
    ("en", "The Sinaloa Cartel killed mayor Roberto Salgado in Culiacan.", "sinaloa-cartel", "ASSASSINATED_BY"),
    ("en", "Rapid Support Forces fighters killed governor Khamis Abdallah Abakar in El Geneina.", "rapid-support-forces", "ASSASSINATED_BY"),
    ("en", "The SBU killed Russian general Igor Kirillov with a scooter bomb.", "sbu", "ASSASSINATED_BY"),
    ("en", "Arakan Army rebels killed township administrator Kyaw Min.", "arakan-army", "ASSASSINATED_BY"),
    ("en", "FARC dissidents killed community leader Jose Martinez in Cauca.", "farc", "ASSASSINATED_BY"),
    ("en", "M23 rebels killed army colonel Jean-Pierre Mulamba near Goma.", "m23", "ASSASSINATED_BY"),
    ("en", "President Bola Tinubu met Wagner Group commander Ivan Maslov in Abuja.", "wagner-group", None),
    ("en", "Prime Minister Shehbaz Sharif, of the PML-N, met Bilawal Bhutto of the Pakistan Peoples Party.", "pml-n", None),
    ("en", "ANC leader Cyril Ramaphosa met Emmerson Mnangagwa of ZANU-PF in Pretoria.", "african-national-congress", None),
    ("en", "BJP president Jagat Nadda met Awami League leader Obaidul Quader.", "bjp", None),
    ("en", "The head of the ISI, Asim Malik, met CIA director William Burns.", "isi", None),
    ("en", "FSB director Alexander Bortnikov met the head of the GRU, Igor Kostyukov.", "fsb", None),
    ("en", "United Russia chairman Dmitry Medvedev met Fidesz officials in Budapest.", "united-russia", None),
    ("en", "Haqqani Network commander Sirajuddin Haqqani met Pakistani officials.", "haqqani-network", None),
    ("en", "Hayat Tahrir al-Sham and the Tatmadaw were both named in the report.", "tatmadaw", None),
    ("en", "Pakistan Tehreek-e-Insaf said its leader Imran Khan would appeal; PTI workers protested.", "pti", None),
    ("en", "Africa Corps troops arrived in Bamako to replace Wagner.", "africa-corps", None),
    ("en", "AQIM leader Abdelmalek Droukdel was killed by French forces near Tessalit.", "french-armed-forces", "ASSASSINATED_BY"),
    ("en", "Pakistani forces killed BLA commander Aslam Baloch in Kandahar.", "pakistan-army", "ASSASSINATED_BY"),
    ("en", "Somali forces and Shabaab fighters clashed; Shabaab fighters killed Colonel Ahmed Farah Ali.", "al-shabaab", "ASSASSINATED_BY"),
    ("en", "Boko Haram leader Abubakar Shekau was killed by ISWAP fighters in the Sambisa forest.", "boko-haram", "LEADS"),
    ("en", "Wagner chief Yevgeny Prigozhin was succeeded by Andrei Troshev.", "wagner-group", "LEADS"),
    ("ar", "قتل مسلحو بوكو حرام رئيس القرية موسى غاربا في بورنو.", "boko-haram", "ASSASSINATED_BY"),
    ("ar", "اغتالت حركة الشباب مفوض المنطقة عبدي ورسمه في مقديشو.", "al-shabaab", "ASSASSINATED_BY"),
    ("ar", "قُتل العقيد عيسى تراوري على يد جماعة نصرة الإسلام والمسلمين.", "jnim", "ASSASSINATED_BY"),
    ("ar", "تبنى تنظيم داعش خراسان اغتيال رجل الدين رحيم الله نورزاي في كابل.", "islamic-state-khorasan", "ASSASSINATED_BY"),
    ("ar", "قتلت قوات الدعم السريع والي غرب دارفور خميس عبد الله أبكر.", "rapid-support-forces", "ASSASSINATED_BY"),
    ("ar", "اغتال جهاز الأمن الأوكراني الجنرال الروسي إيغور كيريلوف في موسكو.", "sbu", "ASSASSINATED_BY"),
    ("ar", "قتلت حركة طالبان باكستان قائد الشرطة أنور خطك.", "ttp", "ASSASSINATED_BY"),
    ("ar", "قتل مسلحو كارتل سينالوا رئيس البلدية روبرتو سالغادو.", "sinaloa-cartel", "ASSASSINATED_BY"),
    ("ar", "التقى الرئيس النيجيري بولا تينوبو قائد مجموعة فاغنر إيفان ماسلوف.", "wagner-group", None),
    ("ar", "التقى زعيم حزب المؤتمر الوطني الأفريقي سيريل رامافوزا رئيس حزب روسيا الموحدة.", "african-national-congress", None),
    ("ar", "التقى رئيس حزب بهاراتيا جاناتا جاغات نادا وفداً من رابطة عوامي.", "bjp", None),
    ("ar", "بحث مدير الاستخبارات الباكستانية عاصم مالك مع مدير جهاز الأمن الفيدرالي الروسي.", "isi", None),
    ("ar", "أعلن جيش أراكان سيطرته على بلدة مونغدو.", "arakan-army", None),
    ("ar", "قالت حركة الإنصاف الباكستانية إن زعيمها عمران خان سيطعن في الحكم.", "pti", None),
    ("ar", "وصل عناصر الفيلق الأفريقي إلى باماكو.", "africa-corps", None),
    ("ar", "أعلنت شبكة حقاني مسؤوليتها عن الهجوم.", "haqqani-network", None),
    ("ar", "قتلت القوات الفرنسية زعيم تنظيم القاعدة في بلاد المغرب الإسلامي عبد المالك دروكدال.", "french-armed-forces", "ASSASSINATED_BY"),
    ("ar", "قُتل زعيم بوكو حرام أبو بكر شيكاو على يد مسلحي ولاية غرب أفريقيا.", "boko-haram", "LEADS"),
    ("ar", "خلف أندريه تروشيف يفغيني بريغوجين على رأس مجموعة فاغنر.", "wagner-group", "LEADS"),
]
# ordinary words that are also short names of the file: no body of the file may be found
NEGATIVES: list[tuple[str, str]] = [
    ("en", "The PTI news agency reported that the minister met his counterpart."),
    ("en", "The RSF press-freedom index ranked the country lower this year."),
    ("en", "Analysts said the RAW data showed no change; a KIA car was stolen."),
    ("en", "She sent the PDF of the report to the ELN-free negotiators."),
    ("en", "The Democratic Alliance of farmers met in Ohio."),
    ("en", "Russian warships sailed into the Sea of Azov on Monday."),
    ("en", "The plane's ETA was delayed; BNP Paribas said the IRA accounts were frozen."),
    ("en", "The Turkish-backed SNA fighters clashed with the SDF near Manbij."),
    ("en", "The JAS 39 Gripen jets, the NPA report and the PPP project were discussed."),
    ("en", "The NATO Response Force, or NRF, was deployed; the Australian ADF chief met him."),
    ("en", "The Fano village is quiet."),
    ("ar", "شارك الشباب في المسابقة الرياضية، وقال الوزير إن جبهة المقاومة الشعبية مستمرة."),
    ("ar", "استقبل الوزير وفداً من جيش التحرير الوطني الجزائري السابق."),
]


def main() -> None:
    verbose = "-v" in sys.argv
    ex = RuleExtractor()
    mine = {e.id for e in read_entries(ORGS_GAZETTEER)}
    tot: dict[str, list[int]] = {}
    for lang, text, body, rel in CASES:
        doc = ex.extract(text, lang=lang)
        ids = {e["id"] for e in doc["entities"]}
        ok = ORG + body in ids
        rok = rel is None or any(r["type"] == rel and ORG + body in (r["source"], r["target"])
                                 for r in doc["relations"])
        t = tot.setdefault(lang, [0, 0, 0, 0, 0])
        t[0] += 1
        t[1] += ok
        t[2] += rel is not None
        t[3] += rel is not None and rok
        if verbose and not (ok and rok):
            print(f"[{lang}] MISSED {body} body={ok} rel={rok}: {text}\n   {sorted(ids)}")
    for lang, text in NEGATIVES:
        doc = ex.extract(text, lang=lang)
        bad = sorted(e["id"] for e in doc["entities"] if e["id"] in mine)
        tot.setdefault(lang, [0, 0, 0, 0, 0])[4] += len(bad)
        if verbose and bad:
            print(f"[{lang}] FALSE {bad}: {text}")
    for lang in ("en", "ar"):
        n, ok, nr, rok, fp = tot[lang]
        print(f"{lang}: bodies found {ok}/{n}  relations found {rok}/{nr}  false bodies {fp}")


if __name__ == "__main__":
    main()
