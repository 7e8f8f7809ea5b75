"""Attendees of a meeting, session 24 (``attend``). Our own sentences, not taken from any dev
set.

- An attendee of the host's (or the guest's) own side met every participant of a meeting of
  two, and the convener of a larger one (the annotation brief: "every pair of named
  participants of the same meeting"; ``meeting_own_side.whole_meeting``), in both languages:
  "بحضور / بمشاركة Z"، "وحضر اللقاء Z"، "وشارك في الاجتماع Z", "in the presence of Z", "Z also
  attended the meeting", "the meeting was also attended by Z", "with Z attending".
- Not the other guests of a convener met one by one; not a funeral.
- "بحضور Z" after two meeting clauses attends the last one (``last_clause_pairs``).
- "وحضر اللقاء <title>، <name>": the name after the comma (``apposed_name_ar``).
"""

from __future__ import annotations

import pytest


def _met(ex, text: str, lang: str) -> set[frozenset[str]]:
    doc = ex.extract(text, lang=lang)
    return {frozenset((r["source"], r["target"])) for r in doc["relations"]
            if r["type"] == "MET_WITH"}


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((f"person:{a}", f"person:{b}"))


@pytest.mark.parametrize("text,lang,host,guest,z", [
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
])
def test_attendee_met_both_sides(ex, text, lang, host, guest, z):
    met = _met(ex, text, lang)
    assert {_pair(host, guest), _pair(host, z), _pair(guest, z)} <= met


def test_convener_only_of_separate_meetings(ex):
    text = ("Quds Force commander Esmail Qaani met separately with Badr leader Hadi al-Amiri "
            "and Asaib Ahl al-Haq leader Qais al-Khazali. Iraqi intelligence chief Hamid "
            "al-Shatri also attended the meeting.")
    met = _met(ex, text, "en")
    assert _pair("esmail-qaani", "hamid-al-shatri") in met
    assert _pair("hadi-al-amiri", "hamid-al-shatri") not in met
    assert _pair("qais-al-khazali", "hamid-al-shatri") not in met


def test_no_meeting_attended(ex):
    text = "Iraqi Foreign Minister Fuad Hussein attended the funeral of Ebrahim Raisi in Tehran."
    assert not _met(ex, text, "en")
    text = "وحضر وزير الخارجية العراقي فؤاد حسين جنازة الرئيس الإيراني إبراهيم رئيسي في طهران."
    assert _pair("fuad-hussein", "ebrahim-raisi") not in _met(ex, text, "ar")


def test_present_at_last_clause(ex):
    text = ("والتقى وزير الخارجية الإيراني عباس عراقجي رئيس مجلس النواب نبيه بري، ثم اجتمع "
            "برئيس حكومة تصريف الأعمال نجيب ميقاتي بحضور وزير الخارجية اللبناني عبد الله بو "
            "حبيب.")
    met = _met(ex, text, "ar")
    assert {_pair("abdallah-bou-habib", "najib-mikati"),
            _pair("abdallah-bou-habib", "abbas-araghchi")} <= met
    assert _pair("abdallah-bou-habib", "nabih-berri") not in met


def test_attendee_name_after_title_comma(ex):
    text = ("استقبل الرئيس السوري أحمد الشرع في دمشق وزير الخارجية التركي هاكان فيدان، في أول "
            "زيارة له منذ سقوط نظام الأسد. وحضر اللقاء وزير الخارجية في الحكومة الانتقالية، "
            "أسعد الشيباني.")
    met = _met(ex, text, "ar")
    assert {_pair("asaad-al-shaibani", "hakan-fidan"),
            _pair("asaad-al-shaibani", "ahmed-al-sharaa")} <= met


def test_in_the_presence_fi_hudur(ex):
    # "في حضور Z" reads as "بحضور Z"
    text = ("استقبل الرئيس ميشال عون في قصر بعبدا وزير الخارجية المصري سامح شكري، في حضور وزير "
            "الخارجية عبد الله بو حبيب.")
    met = _met(ex, text, "ar")
    assert {_pair("michel-aoun", "sameh-shoukry"), _pair("abdallah-bou-habib", "sameh-shoukry"),
            _pair("abdallah-bou-habib", "michel-aoun")} <= met


def test_attendance_refused_no_pair(ex):
    # "حضور" without "في": no attendee
    text = ("استقبل الرئيس ميشال عون وزير الخارجية المصري سامح شكري، ورفض حضور الاجتماع وزير "
            "الخارجية عبد الله بو حبيب.")
    met = _met(ex, text, "ar")
    assert _pair("abdallah-bou-habib", "sameh-shoukry") not in met


@pytest.mark.parametrize("text,a,b,z", [
    # "جلسة المباحثات" (a session of the talks), past a welcome at the airport told between
    ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس السوري أحمد الشرع.\nوكان في استقبال "
     "الشرع لدى وصوله إلى المطار وزير الخارجية التركي هاكان فيدان.\nوحضر جلسة المباحثات عن "
     "الجانب السوري وزير الخارجية أسعد حسن الشيباني.",
     "recep-tayyip-erdogan", "ahmed-al-sharaa", "asaad-al-shaibani"),
    # a person inside the attendee's title is its possessor
    ("التقى المبعوث الأميركي آموس هوكشتاين رئيس الحكومة نجيب ميقاتي في السراي الثلاثاء.\nوحضر "
     "اللقاء المستشار الدبلوماسي لميقاتي زياد ميقاتي، الذي وصف المحادثات بأنها جيدة.",
     "amos-hochstein", "najib-mikati", "ziad-mikati"),
    # a relative with no comma after the name
    ("التقى الرئيس الإيراني إبراهيم رئيسي ولي العهد السعودي محمد بن سلمان في الرياض.\nوقد رافقه "
     "وزير الخارجية حسين أمير عبداللهيان الذي شارك في اللقاء.",
     "ebrahim-raisi", "mohammed-bin-salman", "hossein-amir-abdollahian"),
])
def test_arabic_attendee_forms(ex, text, a, b, z):
    met = _met(ex, text, "ar")
    assert {_pair(a, b), _pair(a, z), _pair(b, z)} <= met


def test_airport_welcome_not_the_talks(ex):
    text = ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة الرئيس السوري أحمد الشرع.\nوكان في "
            "استقبال الشرع لدى وصوله إلى المطار وزير الخارجية التركي هاكان فيدان.\nوحضر جلسة "
            "المباحثات عن الجانب السوري وزير الخارجية أسعد حسن الشيباني.")
    assert _pair("asaad-al-shaibani", "hakan-fidan") not in _met(ex, text, "ar")


def test_relative_not_attending(ex):
    # "الذي" after the name, but no meeting attended
    text = ("التقى الرئيس الإيراني إبراهيم رئيسي ولي العهد السعودي محمد بن سلمان في الرياض.\n"
            "وكان وزير الخارجية حسين أمير عبداللهيان الذي شارك في القمة قد غادر مبكراً.")
    met = _met(ex, text, "ar")
    assert _pair("hossein-amir-abdollahian", "mohammed-bin-salman") not in met


def _all_three(met: set, a: str, b: str, z: str) -> bool:
    return {_pair(a, b), _pair(a, z), _pair(b, z)} <= met


def test_present_list_with_titles_after_names(ex):
    text = ("استقبل الرئيس عبد الفتاح السيسي في القاهرة رئيس الوزراء القطري محمد بن عبد الرحمن آل "
            "ثاني، بحضور اللواء حسن رشاد رئيس المخابرات العامة، والدكتور بدر عبد العاطي وزير "
            "الخارجية والهجرة.")
    assert _all_three(_met(ex, text, "ar"), "abdel-fattah-el-sisi",
                      "mohammed-bin-abdulrahman-al-thani", "badr-abdelatty")


def test_present_list_stops_at_a_clause(ex):
    text = ("استقبل الرئيس عبد الفتاح السيسي في القاهرة رئيس الوزراء القطري محمد بن عبد الرحمن آل "
            "ثاني، بحضور اللواء حسن رشاد رئيس المخابرات العامة، والتقى لاحقاً وزير الخارجية بدر "
            "عبد العاطي.")
    assert _pair("badr-abdelatty", "mohammed-bin-abdulrahman-al-thani") not in _met(ex, text, "ar")


def test_present_with_a_pronoun_guest(ex):
    text = ("وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق الأحد.\nواستقبله الرئيس السوري بشار "
            "الأسد في قصر الشعب، بحضور وزير الخارجية السوري بسام الصباغ.")
    assert _all_three(_met(ex, text, "ar"), "abbas-araghchi", "bashar-al-assad",
                      "bassam-al-sabbagh")


@pytest.mark.parametrize("text,a,b,z", [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received Quds Force commander Esmail Qaani "
     "in Baghdad on Monday. The PMF chief of staff, Abdul-Aziz al-Mohammadawi, known as Abu "
     "Fadak, also attended the meeting.", "mohammed-shia-al-sudani", "esmail-qaani",
     "abdul-aziz-al-muhammadawi"),
    ("Syrian President Ahmed al-Sharaa received SDF commander Mazloum Abdi in Damascus, in "
     "talks attended by US envoy Tom Barrack. Foreign Minister Asaad al-Shaibani also took "
     "part in the meeting, a source said.", "ahmed-al-sharaa", "mazloum-abdi",
     "asaad-al-shaibani"),
])
def test_english_attendee_forms(ex, text, a, b, z):
    assert _all_three(_met(ex, text, "en"), a, b, z)


def test_three_way_table(ex):
    text = ("Syrian President Ahmed al-Sharaa received SDF commander Mazloum Abdi in Damascus, in "
            "talks attended by US envoy Tom Barrack. Foreign Minister Asaad al-Shaibani also took "
            "part in the meeting, a source said.")
    assert _pair("asaad-al-shaibani", "tom-barrack") in _met(ex, text, "en")


def test_relative_before_took_part(ex):
    text = ("Somali President Hassan Sheikh Mohamud met Somaliland leader Muse Bihi Abdi in "
            "Djibouti. Ethiopian Prime Minister Abiy Ahmed, who brokered the encounter, also took "
            "part in the discussions.")
    met = _met(ex, text, "en")
    assert len([p for p in met if "person:abiy-ahmed" in p]) == 2


@pytest.mark.parametrize("text,lang,a,b,z", [
    ("استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض.\nوحضر "
     "اللقاء منسق البيت الأبيض بريت ماكغورك، الذي كان قد زار بغداد في حزيران، حيث اجتمع بوزير "
     "الخارجية العراقي فؤاد حسين.", "ar", "joe-biden", "mustafa-al-kadhimi", "brett-mcgurk"),
    ("Iranian Foreign Minister Abbas Araghchi met Syrian President Bashar al-Assad in Damascus. "
     "He also held talks with his Syrian counterpart Bassam Sabbagh. Iran's ambassador, Hossein "
     "Akbari, who attended the meeting with Assad, told state television the visit went well.",
     "en", "abbas-araghchi", "bashar-al-assad", "hossein-akbari"),
])
def test_attendee_own_meeting_in_relative(ex, text, lang, a, b, z):
    assert _all_three(_met(ex, text, lang), a, b, z)


def test_attendee_own_meeting_not_the_other(ex):
    text = ("Iranian Foreign Minister Abbas Araghchi met Syrian President Bashar al-Assad in "
            "Damascus. He also held talks with his Syrian counterpart Bassam Sabbagh. Iran's "
            "ambassador, Hossein Akbari, who attended the meeting with Assad, told state "
            "television the visit went well.")
    assert _pair("hossein-akbari", "bassam-al-sabbagh") not in _met(ex, text, "en")


@pytest.mark.parametrize("text,lang", [
    ("التقى وزير الخارجية التركي هاكان فيدان رئيس الوزراء العراقي محمد شياع السوداني في بغداد، "
     "وحضره رئيس الاستخبارات التركية إبراهيم قالن.", "ar"),
    ("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Baghdad. Also in attendance was Turkish intelligence chief Ibrahim Kalin.", "en"),
])
def test_attended_it_after_a_meeting_verb(ex, text, lang):
    assert _all_three(_met(ex, text, lang), "hakan-fidan", "mohammed-shia-al-sudani",
                      "ibrahim-kalin")


@pytest.mark.parametrize("text,lang", [
    ("أقيمت في بغداد جنازة رئيس الوزراء الأسبق، وحضرها وزير الخارجية التركي هاكان فيدان.", "ar"),
    ("Turkish Foreign Minister Hakan Fidan will meet Iraqi Prime Minister Mohammed Shia "
     "al-Sudani in Baghdad next week. Also in attendance will be intelligence chief Ibrahim "
     "Kalin.", "en"),
])
def test_attended_it_no_meeting(ex, text, lang):
    assert _pair("ibrahim-kalin", "mohammed-shia-al-sudani") not in _met(ex, text, lang)
