"""Blind set OU: Yemen 2011-2014 and its neighbours (first folder of OU-OV): Ali Abdullah Saleh's signing of
the GCC initiative in Riyadh (November 2011), President Hadi's reception of the UN envoy Jamal Benomar before
the National Dialogue (January 2013), the US drone strike that killed Anwar al-Awlaki and Samir Khan
(September 2011), the Islah delegation's meeting with Abdul-Malik al-Houthi in Saada (November 2014), Prime
Minister Basindawa at the Friends of Yemen conference in Riyadh (May 2012), and Yusuf bin Alawi's reception
of the Yemeni foreign minister Abu Bakr al-Qirbi in Muscat (March 2013), as a US wire writes it in English
(AP-like: "RIYADH, Saudi Arabia (AP) —"), Yemen's state agency in Arabic (Saba-like: "صنعاء - سبأ", "الأخ
الرئيس", "وجرى خلال اللقاء"), a US daily in English (New York Times-like: "Mr. Awlaki", "C.I.A."), the Islah
party's news site in Arabic (al-Sahwa Net-like: "الصحوة نت - خاص"), a Saudi daily in English (Arab News-like:
"RIYADH:", "Prince Saud Al-Faisal") and Oman's state agency in Arabic (ONA-like: "مسقط في 12 مارس /العُمانية/",
"معالي", "سعادة").
Pieces: Saleh signs with King Abdullah at his side, Zayani and Benomar also present (English, OU1); Hadi meets
Benomar in the presence of Basindawa and al-Iryani, then receives the Saudi ambassador (Arabic, OU2); an American
drone strike kills Awlaki, the same strike kills Samir Khan; Brennan had met Saleh in Riyadh (English, OU3); an
Islah delegation headed by Zaid al-Shami, with Mohammed Qahtan, meets Abdul-Malik al-Houthi, Saleh al-Sammad
attending (Arabic, OU4); Basindwa holds talks with Saud al-Faisal with al-Qirbi attending, then meets al-Zayani
(English, OU5); bin Alawi receives al-Qirbi with Badr Albusaidi present (Arabic, OU6).
Excluded on purpose (no relation): Hadi, who is to take over Saleh's powers, and Basindwa, "tipped to head" a
government replacing Mujawar's (planned); the May siege that trapped al-Zayani; Obama's statement; the protesters
shot by unnamed gunmen (OU1); Benomar's planned meetings with the Southern Movement and the Houthis; Saud
al-Faisal's phone call (OU2); Ibrahim al-Asiri, whose death could not be confirmed; Obama, who only commented
(OU3); the Houthi accusation that Islah killed Ahmed Sharafeddine, which the party denies; al-Yadoumi's letter
(OU4); the meeting with King Abdullah that did not take place; the failed attempt on the defence minister
(OU5); Qaboos, whose letter bin Alawi received on his behalf; Hadi, who sent it; al-Qirbi's planned meeting
in Riyadh (OU6).
Judgement calls: "with King Abdullah at his side" at the signing is a meeting of Saleh and the king; "Also
present were" al-Zayani and Benomar: each paired with both and with each other (attendees of one list who
attend together are paired, as most dev gold; likewise al-Iryani and Basindawa in OU2) (OU1); "The same strike
killed Samir Khan": the agent is the American strike of the sentence before (OU3); the delegation's head
and its member are each paired with the host, not with each other; al-Sammad, who attended for the host,
is paired with the host and with both delegates (OU4); "also attended the talks" pairs al-Qirbi with both
(OU5); a prime minister LEADS the country; a foreign minister LEADS his ministry where it has an id (Saudi,
Omani; the Yemeni ministry has none).
Filled in for the exercise: the palace and the shooting of protesters after the ceremony (OU1); the date of
Benomar's meeting, the attendees, the Saudi ambassador's reception and the phone call (OU2); Brennan's
urging (OU3); the date, the delegation's members, al-Sammad's presence and the wording of the Islah letter
(OU4); al-Qirbi's presence, the Zayani meeting and the King Abdullah meeting that did not happen (OU5); the
date, the letter, Albusaidi's presence and the planned Riyadh meeting (OU6).
Spellings: "Abed Rabbo Mansour Hadi", "Mohammed Basindwa" (OU1); «عبدربه منصور هادي», «محمد سالم باسندوة»,
«بنعمر» (OU2); "Sana", "Mr. Awlaki", "John O. Brennan" (OU3); «عبدالملك الحوثي», «زيد الشامي» (OU4);
"Abu Bakr Al-Qirbi", "Prince Saud Al-Faisal", "Abdullatif Al-Zayani" (OU5); «يوسف بن علوي بن عبدالله»,
«أبوبكر عبدالله القربي», «بدر بن حمد البوسعيدي» (OU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ov import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI, OMAN, US = "country:yemen", "country:saudi-arabia", "country:oman", "country:united-states"
GCC, HOUTHIS, ISLAH = "organization:gcc", "organization:houthis", "organization:islah"
SAUFM, OMFM = "organization:saudi-foreign-ministry", "organization:omani-foreign-ministry"
SALEH, HADI, BASINDAWA, IRYANI, QIRBI = (
    "person:ali-abdullah-saleh", "person:abdrabbuh-mansur-hadi", "person:mohammed-basindawa",
    "person:abdul-karim-al-iryani", "person:abu-bakr-al-qirbi")
HOUTHI, SAMMAD, YADOUMI, SHAMI, QAHTAN = (
    "person:abdul-malik-al-houthi", "person:saleh-al-sammad", "person:mohammed-al-yadoumi",
    "person:zaid-al-shami", "person:mohammed-qahtan")
AWLAKI, KHAN = "person:anwar-al-awlaki", "person:samir-khan"
ABDULLAH, SAUD, HAMDAN, ZAYANI = (
    "person:abdullah-bin-abdulaziz", "person:saud-al-faisal", "person:ali-al-hamdan", "person:abdullatif-al-zayani")
BINALAWI, BADR, QABOOS = "person:yusuf-bin-alawi", "person:badr-albusaidi", "person:qaboos-bin-said"
BENOMAR, OBAMA, BRENNAN = "person:jamal-benomar", "person:barack-obama", "person:john-brennan"

AP = "blind set (US news wire, English, AP-like)"
SABA = "blind set (Yemeni state news agency, Arabic, Saba-like)"
NYT = "blind set (US daily, English, New York Times-like)"
SAHWA = "blind set (Islah party news site, Arabic, al-Sahwa Net-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"

ARTICLES = [
    ("enOU1_saleh_signs_gcc_deal_ap", "en",
     "Yemen's Saleh signs Gulf deal to hand over power after 33 years\n"
     "RIYADH, Saudi Arabia (AP) — Yemeni President Ali Abdullah Saleh signed a Gulf-brokered deal on Wednesday to "
     "hand over power to his deputy, after backing out of it three times in the past six months.\n"
     "Saleh signed the initiative of the six-nation Gulf Cooperation Council at al-Yamamah Palace in a televised "
     "ceremony, with Saudi King Abdullah at his side. Also present were the council's secretary-general, "
     "Abdullatif al-Zayani, and U.N. envoy Jamal Benomar, who had shuttled for weeks between Saleh's camp and "
     "the opposition.\n"
     "The 69-year-old leader, who still bears burns from a June bombing of his palace mosque, smiled as he "
     "signed and said he would cooperate with a government of national unity.\n"
     "Under the plan, Saleh transfers his powers to Vice President Abed Rabbo Mansour Hadi within 30 days in "
     "return for immunity from prosecution. Opposition leader Mohammed Basindwa is tipped to head a unity "
     "government that would replace the Cabinet of Ali Mohammed Mujawar.\n"
     "In May, Saleh's supporters besieged the Emirati embassy in Sanaa, trapping al-Zayani and Western "
     "ambassadors who had gathered there for a signing that never took place.\n"
     "Hours after Wednesday's ceremony, gunmen in plainclothes opened fire on protesters in Sanaa who reject "
     "the immunity clause, killing five, activists said.\n"
     "U.S. President Barack Obama welcomed the agreement in a statement.",
     met_group({SALEH: "Saleh signed the initiative", ABDULLAH: "with Saudi King Abdullah at his side",
                ZAYANI: "Also present were the council's secretary-general",
                BENOMAR: "and U.N. envoy Jamal Benomar"}, "2011-11-23") + [
      ("LEADS", SALEH, YEMEN, "Yemeni President Ali Abdullah Saleh"),
      ("LEADS", ABDULLAH, SAUDI, "Saudi King Abdullah at"),
      ("LEADS", ZAYANI, GCC, "Abdullatif al-Zayani, and"),
      ("LEADS", OBAMA, US, "U.S. President Barack Obama"),
      ],
     {"source": AP, "published": "2011-11-23"}),

    ("arOU2_hadi_benomar_saba", "ar",
     "رئيس الجمهورية يلتقي المبعوث الأممي ويؤكد انعقاد الحوار الوطني في موعده\n"
     "صنعاء - سبأ\n"
     "التقى الأخ الرئيس عبدربه منصور هادي رئيس الجمهورية اليوم بصنعاء مستشار الأمين العام للأمم المتحدة "
     "ومبعوثه الخاص إلى اليمن جمال بنعمر.\n"
     "وجرى خلال اللقاء، بحضور رئيس مجلس الوزراء محمد سالم باسندوة والمستشار السياسي لرئيس الجمهورية الدكتور "
     "عبدالكريم الإرياني، استعراض مستوى التحضيرات لمؤتمر الحوار الوطني الشامل والخطوات المتبقية من المبادرة "
     "الخليجية وآليتها التنفيذية المزمنة.\n"
     "وأكد الأخ الرئيس أن مؤتمر الحوار سينعقد في موعده المحدد وأنه لا مجال للعودة إلى الوراء، مثمناً دعم الأمم "
     "المتحدة ومجلس الأمن الدولي لليمن ووحدته وأمنه واستقراره.\n"
     "من جهته، أشاد بنعمر بالقرارات التي اتخذها رئيس الجمهورية لإعادة هيكلة القوات المسلحة، مشيراً إلى أنه "
     "سيلتقي خلال الأيام المقبلة ممثلي الحراك الجنوبي وجماعة الحوثي لحثهم على المشاركة في الحوار.\n"
     "إلى ذلك، استقبل الأخ الرئيس في وقت لاحق سفير خادم الحرمين الشريفين لدى بلادنا علي بن محمد الحمدان، "
     "وبحث معه العلاقات الأخوية ومستوى إيفاء المانحين بتعهداتهم.\n"
     "وكان رئيس الجمهورية قد تلقى مساء أمس اتصالاً هاتفياً من وزير الخارجية السعودي الأمير سعود الفيصل، "
     "تناول تطورات الأوضاع في اليمن.",
     met_group({HADI: "التقى الأخ الرئيس عبدربه", BENOMAR: "ومبعوثه الخاص إلى اليمن جمال بنعمر"},
               "2013-01-15") + [
      ("MET_WITH", BASINDAWA, HADI, "بحضور رئيس مجلس الوزراء", "2013-01-15"),
      ("MET_WITH", BASINDAWA, BENOMAR, "محمد سالم باسندوة والمستشار", "2013-01-15"),
      ("MET_WITH", IRYANI, HADI, "والمستشار السياسي لرئيس الجمهورية", "2013-01-15"),
      ("MET_WITH", IRYANI, BENOMAR, "عبدالكريم الإرياني، استعراض", "2013-01-15"),
      ("MET_WITH", IRYANI, BASINDAWA, "مستوى التحضيرات لمؤتمر", "2013-01-15"),
      ("MET_WITH", HADI, HAMDAN, "سفير خادم الحرمين الشريفين لدى بلادنا", "2013-01-15"),
      ("LEADS", HADI, YEMEN, "عبدربه منصور هادي رئيس الجمهورية اليوم"),
      ("LEADS", BASINDAWA, YEMEN, "رئيس مجلس الوزراء محمد سالم"),
      ("LEADS", SAUD, SAUFM, "وزير الخارجية السعودي الأمير سعود"),
      ],
     {"source": SABA, "published": "2013-01-15"}),

    ("enOU3_awlaki_killed_nyt", "en",
     "U.S. Drone Strike Kills Anwar al-Awlaki, Qaeda Cleric, in Yemen\n"
     "WASHINGTON — Anwar al-Awlaki, the American-born cleric who became the most prominent English-speaking voice "
     "of Al Qaeda's branch in Yemen, was killed Friday in an American drone strike on a convoy in the northern "
     "province of al-Jawf, American and Yemeni officials said.\n"
     "The same strike killed Samir Khan, a Pakistani-American from North Carolina who edited the group's online "
     "magazine, Inspire.\n"
     "The C.I.A. and the military's Joint Special Operations Command had been hunting Mr. Awlaki for more than a "
     "year, and his name was placed on a list of targets approved by the administration in 2010.\n"
     "President Obama, speaking at a ceremony at Fort Myer, Va., called the death \"a major blow to Al Qaeda's "
     "most active operational affiliate.\"\n"
     "The killing comes as Yemen's president, Ali Abdullah Saleh, who returned to Sana last week after three "
     "months of treatment in Saudi Arabia, seeks to portray himself as an indispensable partner against "
     "terrorism. John O. Brennan, the White House counterterrorism adviser, met Mr. Saleh in Riyadh in July and "
     "urged him to sign the Gulf Cooperation Council's plan for a transfer of power.\n"
     "Yemen's Defense Ministry initially said that Ibrahim al-Asiri, the group's Saudi-born bomb maker, had also "
     "died in the strike, but American officials could not confirm that on Friday.",
     [("ASSASSINATED_BY", AWLAKI, US, "was killed Friday in an American drone strike", "2011-09-30"),
      ("ASSASSINATED_BY", KHAN, US, "The same strike killed Samir Khan", "2011-09-30"),
      ("LEADS", OBAMA, US, "President Obama, speaking"),
      ("LEADS", SALEH, YEMEN, "Yemen's president, Ali Abdullah Saleh"),
      ("MET_WITH", BRENNAN, SALEH, "met Mr. Saleh in Riyadh in July", "2011-07-10"),
      ],
     {"source": NYT, "published": "2011-09-30"}),

    ("arOU4_islah_delegation_houthi_sahwa", "ar",
     "وفد من الإصلاح يلتقي عبدالملك الحوثي في صعدة ويتفقان على وقف التحريض الإعلامي\n"
     "الصحوة نت - خاص\n"
     "التقى وفد من التجمع اليمني للإصلاح برئاسة عضو الهيئة العليا ورئيس الكتلة البرلمانية للحزب زيد الشامي، "
     "يوم الجمعة، بزعيم جماعة الحوثي عبدالملك الحوثي في مدينة صعدة، في أول لقاء من نوعه بين الطرفين منذ "
     "سيطرة الجماعة على العاصمة صنعاء في 21 سبتمبر.\n"
     "وضم الوفد عضو الهيئة العليا للإصلاح محمد قحطان، فيما حضر اللقاء عن جماعة الحوثي رئيس مجلسها السياسي "
     "صالح الصماد.\n"
     "وبحث الجانبان سبل تطبيع العلاقة بين الطرفين وإطلاق المختطفين من أعضاء الإصلاح ووقف اقتحام مقرات الحزب "
     "ومنازل قياداته في عدد من المحافظات.\n"
     "وقال مصدر في الوفد لـ«الصحوة نت» إن اللقاء اتسم بالصراحة، وإن الطرفين اتفقا على تشكيل لجنة مشتركة "
     "لمعالجة القضايا العالقة.\n"
     "وكان رئيس الهيئة العليا للإصلاح محمد اليدومي قد أكد في رسالة إلى أعضاء الحزب أن الإصلاح «لن ينجر إلى "
     "العنف»، محمّلاً المسلحين الحوثيين مسؤولية تفجير منازل عدد من قياداته.\n"
     "في المقابل، جددت الجماعة اتهامها للإصلاح بالوقوف وراء اغتيال ممثلها في مؤتمر الحوار الوطني الدكتور "
     "أحمد شرف الدين في يناير الماضي، وهو ما نفاه الحزب مراراً.",
     [("MET_WITH", SHAMI, HOUTHI, "بزعيم جماعة الحوثي عبدالملك الحوثي", "2014-11-28"),
      ("MET_WITH", QAHTAN, HOUTHI, "وضم الوفد عضو الهيئة العليا", "2014-11-28"),
      ("MET_WITH", SAMMAD, HOUTHI, "رئيس مجلسها السياسي", "2014-11-28"),
      ("MET_WITH", SAMMAD, SHAMI, "فيما حضر اللقاء", "2014-11-28"),
      ("MET_WITH", SAMMAD, QAHTAN, "عن جماعة الحوثي رئيس", "2014-11-28"),
      ("MEMBER_OF", SHAMI, ISLAH, "وفد من التجمع اليمني للإصلاح برئاسة"),
      ("MEMBER_OF", QAHTAN, ISLAH, "للإصلاح محمد قحطان"),
      ("LEADS", HOUTHI, HOUTHIS, "بزعيم جماعة الحوثي"),
      ("LEADS", YADOUMI, ISLAH, "رئيس الهيئة العليا للإصلاح محمد اليدومي"),
      ],
     {"source": SAHWA, "published": "2014-11-29"}),

    ("enOU5_friends_of_yemen_arabnews", "en",
     "Kingdom pledges $3.25bn as Friends of Yemen meet in Riyadh\n"
     "RIYADH: Saudi Arabia pledged $3.25 billion to Yemen on Wednesday at the Friends of Yemen conference, which "
     "the Kingdom co-chaired with Britain and Yemen in the capital.\n"
     "Yemeni Prime Minister Mohammed Salem Basindwa, who led his country's delegation, held talks with Foreign "
     "Minister Prince Saud Al-Faisal on the sidelines of the meeting. Yemen's Foreign Minister Abu Bakr "
     "Al-Qirbi also attended the talks, which dealt with the Gulf initiative and the economic situation.\n"
     "Basindwa later met GCC Secretary-General Abdullatif Al-Zayani, Yemen's Saba news agency reported.\n"
     "Britain's Minister for the Middle East Alistair Burt told reporters that the pledges, which exceeded $4 "
     "billion in total, showed that the world \"stands with the Yemeni people\" in the transition.\n"
     "A meeting between Basindwa and Custodian of the Two Holy Mosques King Abdullah, which Yemeni officials had "
     "expected, did not take place. The premier instead handed Prince Saud a message from President Abd Rabbuh "
     "Mansour Hadi to the King.\n"
     "The conference came two days after a suicide bomber in army uniform killed more than 90 soldiers "
     "rehearsing for a parade in Sanaa. Ansar Al-Sharia, an Al-Qaeda-linked group, said the attack had targeted "
     "Defense Minister Mohammed Nasser Ahmed, who escaped unharmed.",
     [("MET_WITH", BASINDAWA, SAUD, "held talks with Foreign", "2012-05-23"),
      ("MET_WITH", QIRBI, BASINDAWA, "Yemen's Foreign Minister Abu Bakr", "2012-05-23"),
      ("MET_WITH", QIRBI, SAUD, "also attended the talks", "2012-05-23"),
      ("MET_WITH", BASINDAWA, ZAYANI, "Basindwa later met GCC", "2012-05-23"),
      ("LEADS", BASINDAWA, YEMEN, "Yemeni Prime Minister Mohammed Salem Basindwa"),
      ("LEADS", SAUD, SAUFM, "Minister Prince Saud Al-Faisal"),
      ("LEADS", ZAYANI, GCC, "GCC Secretary-General Abdullatif"),
      ("LEADS", HADI, YEMEN, "President Abd Rabbuh"),
      ],
     {"source": ARABNEWS, "published": "2012-05-24"}),

    ("arOU6_binalawi_qirbi_ona", "ar",
     "الوزير المسؤول عن الشؤون الخارجية يستقبل وزير خارجية اليمن\n"
     "مسقط في 12 مارس /العُمانية/ استقبل معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية "
     "بمكتبه بديوان عام الوزارة اليوم معالي الدكتور أبوبكر عبدالله القربي وزير خارجية الجمهورية اليمنية "
     "الشقيقة والوفد المرافق له.\n"
     "وقد تسلّم معاليه خلال المقابلة رسالة خطية موجهة إلى حضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم من "
     "أخيه فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية، تتعلق بالعلاقات الثنائية بين البلدين "
     "الشقيقين.\n"
     "كما تم خلال المقابلة استعراض التحضيرات لمؤتمر الحوار الوطني الشامل المقرر انطلاقه في صنعاء في الثامن "
     "عشر من الشهر الجاري، وجهود دول مجلس التعاون لدول الخليج العربية في دعم العملية الانتقالية في اليمن.\n"
     "حضر المقابلة سعادة السيد بدر بن حمد بن حمود البوسعيدي الأمين العام لوزارة الخارجية، وسعادة سفير "
     "الجمهورية اليمنية المعتمد لدى السلطنة.\n"
     "وأعرب الدكتور القربي عن تقدير بلاده لمواقف السلطنة الداعمة لأمن اليمن واستقراره.\n"
     "ويغادر الوزير اليمني البلاد غداً متوجهاً إلى الرياض، حيث من المقرر أن يلتقي الأمين العام لمجلس "
     "التعاون.",
     [("MET_WITH", BINALAWI, QIRBI, "معالي الدكتور أبوبكر عبدالله القربي", "2013-03-12"),
      ("MET_WITH", BADR, BINALAWI, "حضر المقابلة سعادة السيد", "2013-03-12"),
      ("MET_WITH", BADR, QIRBI, "بدر بن حمد بن حمود البوسعيدي", "2013-03-12"),
      ("LEADS", BINALAWI, OMFM, "بن عبدالله الوزير المسؤول عن الشؤون الخارجية"),
      ("LEADS", QABOOS, OMAN, "السلطان قابوس بن سعيد المعظم"),
      ("LEADS", HADI, YEMEN, "فخامة الرئيس عبدربه منصور هادي"),
      ("MEMBER_OF", BADR, OMFM, "الأمين العام لوزارة الخارجية"),
      ],
     {"source": ONA, "published": "2013-03-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOU")
