"""Attendees of a meeting, session 24 (``attend``). Our own sentences, not taken from any dev
set.

- An attendee met every participant of the meeting, his own side too (the annotation brief:
  "every pair of named participants of the same meeting"; ``meeting_own_side``): every person
  of a meeting of two, the convener of a larger one, all of a meeting whose pairs join every
  two people; "بحضور / في حضور / بمشاركة Z"، "وحضر اللقاء Z"، "وشارك في الاجتماع Z"، "، وحضره Z",
  "in the presence of Z", "Z also attended / took part in the meeting", "the meeting was
  also attended by Z", "with Z attending", "Also in attendance was Z".
- More forms of the attendee (``meeting_attend_forms``): his name after his title and a
  comma, a possessor inside his title, a relative with no comma, "known as", a relative
  before "also took part", the present list past titles after names, the meeting with a
  pronoun partner, his own meeting in a relative, "جلسة المباحثات" past an airport welcome.
- Not: the other guests of meetings held one by one, a funeral, a planned meeting, the first
  of two meeting clauses, "رفض حضور", a new clause after the list.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_pairs


def _met(ex, text: str, lang: str) -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang=lang))


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((f"person:{a}", f"person:{b}"))


ALL_THREE = [
    # the attendee's own side
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض وزير الخارجية الإيراني عباس "
     "عراقجي، بحضور وزير الخارجية السعودي الأمير فيصل بن فرحان.", "ar",
     "mohammed-bin-salman", "abbas-araghchi", "faisal-bin-farhan"),
    ("التقى الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس الوزراء القطري محمد بن عبد الرحمن "
     "آل ثاني. وحضر اللقاء رئيس المخابرات العامة المصرية حسن رشاد.", "ar",
     "abdel-fattah-el-sisi", "mohammed-bin-abdulrahman-al-thani", "hassan-rashad"),
    ("اجتمع رئيس الوزراء العراقي محمد شياع السوداني بقائد القيادة المركزية الأميركية مايكل "
     "كوريلا في بغداد. وشارك في الاجتماع وزير الدفاع العراقي ثابت العباسي.", "ar",
     "mohammed-shia-al-sudani", "michael-kurilla", "thabet-al-abbasi"),
    ("استقبل رئيس الجمهورية اللبنانية جوزاف عون المبعوث الأميركي توم باراك بمشاركة السفيرة "
     "الأميركية ليزا جونسون.", "ar", "joseph-aoun", "tom-barrack", "lisa-johnson"),
    ("Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi in "
     "Riyadh on Tuesday, in the presence of Saudi Foreign Minister Prince Faisal bin Farhan.",
     "en", "mohammed-bin-salman", "abbas-araghchi", "faisal-bin-farhan"),
    ("Egyptian President Abdel Fattah al-Sisi met CIA Director William Burns in Cairo on "
     "Sunday. The meeting was also attended by Egyptian intelligence chief Abbas Kamel.", "en",
     "abdel-fattah-el-sisi", "william-burns", "abbas-kamel"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani held talks with Turkish Foreign Minister "
     "Hakan Fidan in Baghdad. Iraqi Foreign Minister Fuad Hussein also attended the meeting.",
     "en", "mohammed-shia-al-sudani", "hakan-fidan", "fuad-hussein"),
    ("Lebanese President Joseph Aoun received US envoy Tom Barrack at Baabda Palace, with US "
     "Ambassador Lisa Johnson attending.", "en", "joseph-aoun", "tom-barrack", "lisa-johnson"),
    # "في حضور Z"
    ("استقبل الرئيس ميشال عون في قصر بعبدا وزير الخارجية المصري سامح شكري، في حضور وزير "
     "الخارجية عبد الله بو حبيب.", "ar", "michel-aoun", "sameh-shoukry", "abdallah-bou-habib"),
    # "جلسة المباحثات" (a session of the talks), past a welcome at the airport told between
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس السوري أحمد الشرع.\nوكان في استقبال "
     "الشرع لدى وصوله إلى المطار وزير الخارجية التركي هاكان فيدان.\nوحضر جلسة المباحثات عن "
     "الجانب السوري وزير الخارجية أسعد حسن الشيباني.", "ar",
     "recep-tayyip-erdogan", "ahmed-al-sharaa", "asaad-al-shaibani"),
    # a person inside the attendee's title is its possessor
    ("التقى المبعوث الأميركي آموس هوكشتاين رئيس الحكومة نجيب ميقاتي في السراي الثلاثاء.\nوحضر "
     "اللقاء المستشار الدبلوماسي لميقاتي زياد ميقاتي، الذي وصف المحادثات بأنها جيدة.", "ar",
     "amos-hochstein", "najib-mikati", "ziad-mikati"),
    # a relative with no comma after the name
    ("التقى الرئيس الإيراني إبراهيم رئيسي ولي العهد السعودي محمد بن سلمان في الرياض.\nوقد رافقه "
     "وزير الخارجية حسين أمير عبداللهيان الذي شارك في اللقاء.", "ar",
     "ebrahim-raisi", "mohammed-bin-salman", "hossein-amir-abdollahian"),
    # the present list past a title told after a name
    ("استقبل الرئيس عبد الفتاح السيسي في القاهرة رئيس الوزراء القطري محمد بن عبد الرحمن آل "
     "ثاني، بحضور اللواء حسن رشاد رئيس المخابرات العامة، والدكتور بدر عبد العاطي وزير "
     "الخارجية والهجرة.", "ar",
     "abdel-fattah-el-sisi", "mohammed-bin-abdulrahman-al-thani", "badr-abdelatty"),
    # a pronoun partner before "بحضور"
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق الأحد.\nواستقبله الرئيس السوري بشار "
     "الأسد في قصر الشعب، بحضور وزير الخارجية السوري بسام الصباغ.", "ar",
     "abbas-araghchi", "bashar-al-assad", "bassam-al-sabbagh"),
    # "known as"; one table of three
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received Quds Force commander Esmail Qaani "
     "in Baghdad on Monday. The PMF chief of staff, Abdul-Aziz al-Mohammadawi, known as Abu "
     "Fadak, also attended the meeting.", "en", "mohammed-shia-al-sudani", "esmail-qaani",
     "abdul-aziz-al-muhammadawi"),
    ("Syrian President Ahmed al-Sharaa received SDF commander Mazloum Abdi in Damascus, in "
     "talks attended by US envoy Tom Barrack. Foreign Minister Asaad al-Shaibani also took "
     "part in the meeting, a source said.", "en", "ahmed-al-sharaa", "mazloum-abdi",
     "asaad-al-shaibani"),
    # the attendee's own meeting in a relative after him
    ("استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض.\nوحضر "
     "اللقاء منسق البيت الأبيض بريت ماكغورك، الذي كان قد زار بغداد في حزيران، حيث اجتمع بوزير "
     "الخارجية العراقي فؤاد حسين.", "ar", "joe-biden", "mustafa-al-kadhimi", "brett-mcgurk"),
    ("Iranian Foreign Minister Abbas Araghchi met Syrian President Bashar al-Assad in Damascus. "
     "He also held talks with his Syrian counterpart Bassam Sabbagh. Iran's ambassador, Hossein "
     "Akbari, who attended the meeting with Assad, told state television the visit went well.",
     "en", "abbas-araghchi", "bashar-al-assad", "hossein-akbari"),
    # "، وحضره Z" after a meeting verb; "Also in attendance was Z"
    ("التقى وزير الخارجية التركي هاكان فيدان رئيس الوزراء العراقي محمد شياع السوداني في بغداد، "
     "وحضره رئيس الاستخبارات التركية إبراهيم قالن.", "ar",
     "hakan-fidan", "mohammed-shia-al-sudani", "ibrahim-kalin"),
    ("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Baghdad. Also in attendance was Turkish intelligence chief Ibrahim Kalin.", "en",
     "hakan-fidan", "mohammed-shia-al-sudani", "ibrahim-kalin"),
]


@pytest.mark.parametrize("text,lang,a,b,z", ALL_THREE)
def test_attendee_met_all(ex, text, lang, a, b, z):
    assert {_pair(a, b), _pair(a, z), _pair(b, z)} <= _met(ex, text, lang)


NOT_MET = [
    # separate meetings: the attendee met the convener only
    ("Quds Force commander Esmail Qaani met separately with Badr leader Hadi al-Amiri and Asaib "
     "Ahl al-Haq leader Qais al-Khazali. Iraqi intelligence chief Hamid al-Shatri also "
     "attended the meeting.", "en", "hadi-al-amiri", "hamid-al-shatri"),
    ("Iraqi Foreign Minister Fuad Hussein attended the funeral of Ebrahim Raisi in Tehran.", "en",
     "fuad-hussein", "ebrahim-raisi"),
    ("وحضر وزير الخارجية العراقي فؤاد حسين جنازة الرئيس الإيراني إبراهيم رئيسي في طهران.", "ar",
     "fuad-hussein", "ebrahim-raisi"),
    ("أقيمت في بغداد جنازة رئيس الوزراء الأسبق، وحضرها وزير الخارجية التركي هاكان فيدان.", "ar",
     "hakan-fidan", "mohammed-shia-al-sudani"),
    ("Turkish Foreign Minister Hakan Fidan will meet Iraqi Prime Minister Mohammed Shia "
     "al-Sudani in Baghdad next week. Also in attendance will be intelligence chief Ibrahim "
     "Kalin.", "en", "ibrahim-kalin", "mohammed-shia-al-sudani"),
    # "بحضور Z" attends the last of two meeting clauses
    ("والتقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس النواب نبيه بري، ثم اجتمع برئيس "
     "حكومة تصريف الأعمال نجيب ميقاتي بحضور وزير الخارجية اللبناني عبد الله بو حبيب.", "ar",
     "abdallah-bou-habib", "nabih-berri"),
    # "حضور" without "في"
    ("استقبل الرئيس ميشال عون وزير الخارجية المصري سامح شكري، ورفض حضور الاجتماع وزير الخارجية "
     "عبد الله بو حبيب.", "ar", "abdallah-bou-habib", "sameh-shoukry"),
    # the airport welcome is not the talks attended
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس السوري أحمد الشرع.\nوكان في استقبال "
     "الشرع لدى وصوله إلى المطار وزير الخارجية التركي هاكان فيدان.\nوحضر جلسة المباحثات عن "
     "الجانب السوري وزير الخارجية أسعد حسن الشيباني.", "ar", "asaad-al-shaibani",
     "hakan-fidan"),
    # "الذي" after the name, but no meeting attended
    ("التقى الرئيس الإيراني إبراهيم رئيسي ولي العهد السعودي محمد بن سلمان في الرياض.\nوكان وزير "
     "الخارجية حسين أمير عبداللهيان الذي شارك في القمة قد غادر مبكراً.", "ar",
     "hossein-amir-abdollahian", "mohammed-bin-salman"),
    # a new clause after the present list
    ("استقبل الرئيس عبد الفتاح السيسي في القاهرة رئيس الوزراء القطري محمد بن عبد الرحمن آل "
     "ثاني، بحضور اللواء حسن رشاد رئيس المخابرات العامة، والتقى لاحقاً وزير الخارجية بدر عبد "
     "العاطي.", "ar", "badr-abdelatty", "mohammed-bin-abdulrahman-al-thani"),
    # the attendee's own meeting: not the other meeting told before
    ("Iranian Foreign Minister Abbas Araghchi met Syrian President Bashar al-Assad in Damascus. "
     "He also held talks with his Syrian counterpart Bassam Sabbagh. Iran's ambassador, Hossein "
     "Akbari, who attended the meeting with Assad, told state television the visit went well.",
     "en", "hossein-akbari", "bassam-al-sabbagh"),
]


@pytest.mark.parametrize("text,lang,a,b", NOT_MET)
def test_not_met(ex, text, lang, a, b):
    assert _pair(a, b) not in _met(ex, text, lang)


def test_convener_of_separate_meetings(ex):
    text = NOT_MET[0][0]
    assert _pair("esmail-qaani", "hamid-al-shatri") in _met(ex, text, "en")


def test_name_after_title_comma(ex):
    # the title alone would go to another person named before ("نظام الأسد")
    text = ("استقبل الرئيس السوري أحمد الشرع في دمشق وزير الخارجية التركي هاكان فيدان، في أول "
            "زيارة له منذ سقوط نظام الأسد. وحضر اللقاء وزير الخارجية في الحكومة الانتقالية، "
            "أسعد الشيباني.")
    met = _met(ex, text, "ar")
    assert {_pair("asaad-al-shaibani", "hakan-fidan"),
            _pair("asaad-al-shaibani", "ahmed-al-sharaa")} <= met


def test_relative_before_took_part(ex):
    text = ("Somali President Hassan Sheikh Mohamud met Somaliland leader Muse Bihi Abdi in "
            "Djibouti. Ethiopian Prime Minister Abiy Ahmed, who brokered the encounter, also took "
            "part in the discussions.")
    assert len([p for p in _met(ex, text, "en") if "person:abiy-ahmed" in p]) == 2
