"""Regional gazetteer gulf_turkey_world.yaml (session 43): the Gulf, Turkey and the world
powers' diplomats. People are found by the spellings listed, with the same id in Arabic and
English; bodies in the journalists' forms; meetings between two of them give MET_WITH; a
bare surname or a common word alone gives no entity. Sentences written for these tests."""

from pathlib import Path

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import people_and_core_relations as _doc

REGION = (Path(__file__).resolve().parents[2] / "loaders" / "extract" / "gazetteer_regions"
          / "gulf_turkey_world.yaml")


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def _ids(extractor, text, lang):
    doc = extractor.extract(text, lang=lang)
    return {e["id"]: [text[a:b] for a, b in e.get("mentions") or []] for e in doc["entities"]}


def _has(rels, triple):
    kind, a, b = triple
    return triple in rels or (kind == "MET_WITH" and (kind, b, a) in rels)


# --- people: same id in both scripts ------------------------------------------------------
@pytest.mark.parametrize("lang,text,eid,surface", [
    ("en", "Saudi Foreign Minister Ibrahim al-Assaf arrived in Brussels on Monday.",
     "person:ibrahim-al-assaf", "Ibrahim al-Assaf"),
    ("ar", "وصل وزير الخارجية السعودي إبراهيم العساف إلى بروكسل الاثنين.",
     "person:ibrahim-al-assaf", "إبراهيم العساف"),
    ("ar", "قالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن بلادها سترسل فرقاطة.",
     "person:giorgia-meloni", "جورجيا ميلوني"),
    ("ar", "وقال رئيس الوزراء الإيطالي جوزيبي كونتي إن روما تدعم الحوار.",
     "person:giuseppe-conte", "جوزيبي كونتي"),
    ("en", "French Prime Minister Edouard Philippe said Paris would help.",
     "person:edouard-philippe", "Edouard Philippe"),
    ("ar", "قال رئيس الوزراء الفرنسي إدوار فيليب إن باريس ستساعد.",
     "person:edouard-philippe", "إدوار فيليب"),
    ("en", "Kuwaiti Prime Minister Jaber al-Mubarak al-Hamad al-Sabah resigned.",
     "person:jaber-al-mubarak-al-hamad-al-sabah", "Jaber al-Mubarak al-Hamad al-Sabah"),
    ("ar", "قدم رئيس الوزراء الكويتي الشيخ جابر المبارك الحمد الصباح استقالة الحكومة.",
     "person:jaber-al-mubarak-al-hamad-al-sabah", "الشيخ جابر المبارك الحمد الصباح"),
    ("en", "Speaker Marzouq al-Ghanim adjourned the session.",
     "person:marzouq-al-ghanim", "Marzouq al-Ghanim"),
    ("ar", "رفع رئيس مجلس الأمة مرزوق الغانم الجلسة.",
     "person:marzouq-al-ghanim", "مرزوق الغانم"),
    ("ar", "قال نائب الرئيس التركي فؤاد أقطاي إن أنقرة سترد.", "person:fuat-oktay", "فؤاد أقطاي"),
    ("en", "Turkish Vice President Fuat Oktay said Ankara would respond.",
     "person:fuat-oktay", "Fuat Oktay"),
    ("ar", "قال المبعوث الأممي عبد الله باتيلي إن الانتخابات ممكنة.",
     "person:abdoulaye-bathily", "عبد الله باتيلي"),
    ("ar", "قال نائب وزير الخارجية الروسي سيرغي فيرشينين إن موسكو تدعم الحل.",
     "person:sergei-vershinin", "سيرغي فيرشينين"),
    ("ar", "وصل وزير الخارجية البريطاني جيريمي هانت إلى الدوحة.",
     "person:jeremy-hunt", "جيريمي هانت"),
    ("ar", "قالت المبعوثة الأممية بالإنابة ستيفاني ويليامز إن الحوار سيستأنف.",
     "person:stephanie-williams", "ستيفاني ويليامز"),
    ("ar", "قال النائب الأول لرئيس الوزراء الكويتي الشيخ فهد اليوسف إن الأمن مستتب.",
     "person:fahad-yousef-saud-al-sabah", "الشيخ فهد اليوسف"),
    ("ar", "قال المتحدث باسم الخارجية التركية حامي أقصوي إن أنقرة ترفض البيان.",
     "person:hami-aksoy", "حامي أقصوي"),
    ("ar", "أفرج عن الأمير الوليد بن طلال من الفندق.",
     "person:alwaleed-bin-talal", "الأمير الوليد بن طلال"),
    ("ar", "قالت وزيرة الدفاع الإسبانية مارغريتا روبليس إن القوات ستبقى.",
     "person:margarita-robles", "مارغريتا روبليس"),
    ("ar", "نعى الاتحاد العالمي لعلماء المسلمين الشيخ يوسف القرضاوي.",
     "person:yusuf-al-qaradawi", "الشيخ يوسف القرضاوي"),
    ("en", "The International Union of Muslim Scholars mourned Sheikh Yusuf al-Qaradawi.",
     "person:yusuf-al-qaradawi", "Sheikh Yusuf al-Qaradawi"),
    ("ar", "قال الشيخ مكتوم بن محمد بن راشد آل مكتوم إن الميزانية أقرت.",
     "person:maktoum-bin-mohammed", "الشيخ مكتوم بن محمد بن راشد آل مكتوم"),
])
def test_people_of_the_region_in_both_scripts(extractor, lang, text, eid, surface):
    people, _ = _doc(extractor, text, lang)
    assert surface in people.get(eid, []), people


# --- bodies and places ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,eid", [
    ("en", "Drones struck the Abqaiq plant, the Saudi defence ministry said.",
     "organization:saudi-defence-ministry"),
    ("ar", "قالت وزارة الدفاع السعودية إن طائرات مسيرة استهدفت منشأة.",
     "organization:saudi-defence-ministry"),
    ("en", "Drones struck the Abqaiq plant, the Saudi defence ministry said.", "location:abqaiq"),
    ("en", "Missiles fired at Jizan and Najran were intercepted.", "location:jizan"),
    ("ar", "اعترضت الدفاعات صواريخ أطلقت على جازان ونجران.", "location:najran"),
    ("ar", "اعترضت الدفاعات صواريخ أطلقت على جازان ونجران.", "location:jizan"),
    ("ar", "أصدرت محكمة حكما على الأمين العام لجمعية الوفاق الشيخ علي سلمان.",
     "organization:al-wefaq"),
    ("en", "Sheikh Ali Salman of Al-Wefaq was sentenced to life in prison.",
     "organization:al-wefaq"),
    ("en", "Turkish drones struck Qamishli and Kobani, the Hawar News Agency said.", "location:kobani"),
    ("en", "Turkish drones struck Qamishli and Kobani, the Hawar News Agency said.",
     "location:qamishli"),
    ("ar", "قصفت مسيرات تركية القامشلي وعين العرب، بحسب وكالة هاوار للأنباء.", "location:kobani"),
    ("ar", "قصفت مسيرات تركية القامشلي وعين العرب، بحسب وكالة هاوار للأنباء.",
     "outlet:hawar-news-agency"),
    ("ar", "قالت وزارة الداخلية التركية إن المشتبه بهم ينتمون إلى منظمة غولن.",
     "organization:gulen-movement"),
    ("ar", "اعتقلت الشرطة 20 شخصا في ديار بكر.", "location:diyarbakir"),
    ("ar", "قالت رئيسة الحزب الجيد إن الانتخابات مبكرة.", "organization:iyi-party"),
    ("en", "The Qatari interior ministry said the road was closed.", "organization:qatari-interior-ministry"),
    ("en", "The UAE defence ministry announced that two soldiers had died.",
     "organization:uae-defence-ministry"),
    ("ar", "أعلنت وزارة الدفاع الإماراتية مقتل جنديين.", "organization:uae-defence-ministry"),
    ("ar", "نعى الاتحاد العالمي لعلماء المسلمين الشيخ يوسف القرضاوي.",
     "organization:international-union-of-muslim-scholars"),
    ("ar", "زار الأمين العام لرابطة العالم الإسلامي باريس.", "organization:muslim-world-league"),
    ("ar", "أقر البرلمان الأوروبي القرار.", "organization:european-parliament"),
    ("ar", "زار وفد حزب المساواة وديمقراطية الشعوب أوجلان في جزيرة إيمرالي.", "location:imrali"),
    ("en", "A DEM Party delegation visited Ocalan on Imrali island.", "location:imrali"),
    ("ar", "احتجزت إيران ناقلة نفط في مياه الخليج العربي قرب مضيق هرمز.", "location:persian-gulf"),
])
def test_bodies_and_places_in_the_journalists_forms(extractor, lang, text, eid):
    assert eid in _ids(extractor, text, lang)


# --- relations -----------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,triple", [
    ("ar", "التقت رئيسة الوزراء الإيطالية جورجيا ميلوني رئيس الوزراء الإسباني بيدرو سانشيز في روما.",
     ("MET_WITH", "person:giorgia-meloni", "person:pedro-sanchez")),
    ("ar", "التقى رئيس الوزراء الفرنسي إدوار فيليب نظيره الإيطالي جوزيبي كونتي في باريس.",
     ("MET_WITH", "person:edouard-philippe", "person:giuseppe-conte")),
    ("en", "Kuwaiti Prime Minister Jaber al-Mubarak al-Hamad al-Sabah met Speaker Marzouq "
           "al-Ghanim on Sunday.",
     ("MET_WITH", "person:jaber-al-mubarak-al-hamad-al-sabah", "person:marzouq-al-ghanim")),
    ("ar", "التقى نائب الرئيس التركي فؤاد أقطاي رئيسة الحزب الجيد ميرال أكشنار في أنقرة.",
     ("MET_WITH", "person:fuat-oktay", "person:meral-aksener")),
    ("ar", "التقى نائب وزير الخارجية الروسي سيرغي فيرشينين المبعوث الأممي غير بيدرسن في جنيف.",
     ("MET_WITH", "person:sergei-vershinin", "person:geir-pedersen")),
    ("ar", "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية البريطاني جيريمي هانت في الدوحة.",
     ("MET_WITH", "person:tamim-bin-hamad-al-thani", "person:jeremy-hunt")),
])
def test_meetings_between_people_of_the_region(extractor, lang, text, triple):
    _, rels = _doc(extractor, text, lang)
    assert _has(rels, triple), rels


# --- negatives: bare surnames and common words -----------------------------------------------
@pytest.mark.parametrize("lang,text,eid", [
    ("ar", "قال علاء البطاينة إن الاجتماع انتهى.", "location:alula"),
    ("ar", "وتعيش الأسر في العديد من المدن.", "location:al-udeid-air-base"),
    ("ar", "قالت ميلوني إن إيطاليا سترسل فرقاطة.", "person:giorgia-meloni"),
    ("en", "Conte said nothing about the frigate.", "person:giuseppe-conte"),
    ("ar", "ينبع الخلاف من سوء الفهم.", "location:yanbu"),
    ("ar", "أفاد مصدر أمني بأن الهجوم وقع ليلا.", "organization:afad"),
    ("ar", "وقال إنه أصيب بالذهول من هول الصدمة.", "location:al-hol-camp"),
    ("en", "Shanahan said the plan was ready. Flynn declined to comment.", "person:patrick-shanahan"),
    ("en", "Shanahan said the plan was ready. Flynn declined to comment.", "person:michael-flynn"),
    ("en", "Turkish drones struck Kobani overnight.", "person:mazloum-abdi"),
    ("en", "Robles said the troops would stay. Crosetto agreed.", "person:margarita-robles"),
    ("en", "Robles said the troops would stay. Crosetto agreed.", "person:guido-crosetto"),
    ("ar", "قال القرضاوي في خطبته إن الأمة بخير.", "person:yusuf-al-qaradawi"),
    # the father's name inside the son's full name is not the father
    ("ar", "قال الشيخ مكتوم بن محمد بن راشد آل مكتوم إن الميزانية أقرت.", "person:mohammed-bin-rashid"),
])
def test_a_bare_surname_or_a_common_word_alone_gives_no_entity(extractor, lang, text, eid):
    assert eid not in _ids(extractor, text, lang)
