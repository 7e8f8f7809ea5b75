"""Gazetteer round 6 (session 71): the powers' officers, envoys and leaders and the
international bodies' heads of 2000-2025 (US chairmen of the joint chiefs, CIA directors,
envoys and ambassadors; Russia's security chiefs and envoys; China's, France's, Britain's,
Germany's, Italy's and Japan's leaders and ministers; UN, IAEA, ICRC, ICC and IMF heads) and
the region's officers the gazetteer lacked are known in both scripts, also from spellings it
does not list; their common bare surnames ("Brown", "Ford", «القربى» kinship) are not bent
into them. Sentences written for these tests."""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import people_and_core_relations as _doc


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def _has(rels, triple):
    kind, a, b = triple
    return triple in rels or (kind == "MET_WITH" and (kind, b, a) in rels)


# unlisted spellings (Latin respellings, Arabic variants) of the new people
@pytest.mark.parametrize("lang,text,eid", [
    ("en", "FSB director Alexandr Bortnikov flew to Tehran on Sunday.", "person:alexander-bortnikov"),
    ("ar", "وصل مدير الأمن الفيدرالي الروسي ألكساندر بورتنيكوف إلى طهران الأحد.",
     "person:alexander-bortnikov"),
    ("en", "General Raymond T. Odierno handed over command in Baghdad.", "person:ray-odierno"),
    ("ar", "سلم الجنرال رايموند أوديرنو القيادة في بغداد.", "person:ray-odierno"),
    ("en", "The hostage envoy, Roger Karstens, arrived in Kabul.", "person:roger-carstens"),
    ("ar", "وصل المبعوث الأمريكي لشؤون الرهائن روجير كارستنز إلى كابل.", "person:roger-carstens"),
    ("en", "Former president Nicolas Sarkozi spoke in Paris.", "person:nicolas-sarkozy"),
    ("ar", "تحدث الرئيس الفرنسي السابق نيقولا ساركوزي في باريس.", "person:nicolas-sarkozy"),
    ("en", "Chinese premier Wen Jia-bao toured Riyadh.", "person:wen-jiabao"),
    ("ar", "زار رئيس الوزراء الصيني وين جيا باو الرياض.", "person:wen-jiabao"),
    ("en", "Egyptian chief of staff Mahmud Hegazy visited Khartoum.", "person:mahmoud-hegazy"),
    ("ar", "زار رئيس أركان الجيش المصري الفريق محمود حجازى الخرطوم.", "person:mahmoud-hegazy"),
    ("en", "IAEA chief Hans Bliks reported to the council.", "person:hans-blix"),
    ("ar", "قدم هانس بليكس تقريره إلى مجلس الأمن.", "person:hans-blix"),
    ("en", "Swedish foreign minister Margot Wallstroem met the envoy.", "person:margot-wallstrom"),
    ("ar", "التقت وزيرة الخارجية السويدية مارجوت والستروم المبعوث.", "person:margot-wallstrom"),
    ("en", "Syrian defence minister Hasan Turkmany was killed in the blast.", "person:hassan-turkmani"),
    ("ar", "قتل وزير الدفاع السوري السابق حسن توركماني في الانفجار.", "person:hassan-turkmani"),
    ("en", "Defence minister Sedky Sobhi inspected the troops in Sinai.", "person:sedki-sobhi"),
    ("ar", "تفقد وزير الدفاع المصري صدقى صبحى القوات في سيناء.", "person:sedki-sobhi"),
])
def test_new_people_from_unlisted_spellings(extractor, lang, text, eid):
    people, _ = _doc(extractor, text, lang)
    assert eid in people, people


@pytest.mark.parametrize("lang,text,triple", [
    ("en", "CIA director George Tenet met Yasser Arafat in Ramallah on Tuesday.",
     ("MET_WITH", "person:george-tenet", "person:yasser-arafat")),
    ("ar", "التقى مدير وكالة المخابرات المركزية جورج تينيت الرئيس ياسر عرفات في رام الله.",
     ("MET_WITH", "person:george-tenet", "person:yasser-arafat")),
    ("en", "Gabi Ashkenazi succeeded Dan Halutz as the army's chief of staff.",
     ("SUCCESSOR_OF", "person:gabi-ashkenazi", "person:dan-halutz")),
    ("ar", "خلف غابي أشكنازي دان حالوتس في رئاسة أركان الجيش الإسرائيلي.",
     ("SUCCESSOR_OF", "person:gabi-ashkenazi", "person:dan-halutz")),
    ("en", "Chechen warlord Shamil Basayev claimed responsibility for the killing of Akhmad Kadyrov in Grozny.",
     ("ASSASSINATED_BY", "person:akhmad-kadyrov", "person:shamil-basayev")),
    ("en", "Japanese foreign minister Yoko Kamikawa met her Iranian counterpart Hossein Amir-Abdollahian in Tokyo.",
     ("MET_WITH", "person:yoko-kamikawa", "person:hossein-amir-abdollahian")),
    ("ar", "التقت وزيرة الخارجية اليابانية يوكو كاميكاوا نظيرها الإيراني حسين أمير عبد اللهيان في طوكيو.",
     ("MET_WITH", "person:yoko-kamikawa", "person:hossein-amir-abdollahian")),
    ("ar", "استقبل مدير المخابرات الروسية سيرغي ناريشكين رئيس المخابرات التركية إبراهيم كالين في موسكو.",
     ("MET_WITH", "person:sergei-naryshkin", "person:ibrahim-kalin")),
])
def test_core_relations_with_new_people(extractor, lang, text, triple):
    people, rels = _doc(extractor, text, lang)
    assert _has(rels, triple), (people, rels)


# a bare common surname or an everyday word is not bent into a new person
@pytest.mark.parametrize("lang,text,eid", [
    ("en", "Brown said the convoy had left before dawn.", "person:gordon-brown"),
    ("en", "Ford told reporters the road was closed.", "person:robert-ford"),
    ("en", "Moore, a local trader, lost his shop.", "person:richard-moore-mi6"),
    ("en", "Cohen, a shopkeeper in Haifa, was wounded.", "person:william-cohen"),
    ("ar", "وزع المتطوعون المساعدات على ذوي القربى والجيران.", "person:abu-bakr-al-qirbi"),
    ("ar", "قال إيفانوف إن الاجتماع انتهى.", "person:sergei-ivanov"),
])
def test_bare_surnames_not_bent(extractor, lang, text, eid):
    people, _ = _doc(extractor, text, lang)
    assert eid not in people, people


def test_rached_ghannouchi_keeps_his_surname(extractor):
    people, _ = _doc(extractor, "قال راشد الغنوشي إن الحركة ستشارك. وأضاف الغنوشي أن الحوار مستمر.", "ar")
    assert "person:mohamed-ghannouchi" not in people, people


# a third country's minister the gazetteer knows, at a meeting of two whose one side has no
# known country (the UN Secretary-General), met both, as one whose title alone tells his
# country does (``meeting_sides_en.side_partners``)
@pytest.mark.parametrize("text,z", [
    ("Secretary-General Antonio Guterres met Houthi negotiator Mohammed Abdulsalam in Stockholm "
     "on Thursday. Japanese Foreign Minister Taro Kono also attended the meeting.",
     "person:taro-kono"),
    ("Secretary-General Antonio Guterres met Houthi negotiator Mohammed Abdulsalam in Stockholm "
     "on Thursday. The meeting was also attended by Sweden's foreign minister, Margot Wallstrom.",
     "person:margot-wallstrom"),
])
def test_known_third_country_attendee_met_both(extractor, text, z):
    _, rels = _doc(extractor, text, "en")
    for p in ("person:antonio-guterres", "person:mohammed-abdulsalam"):
        assert _has(rels, ("MET_WITH", z, p)), rels
