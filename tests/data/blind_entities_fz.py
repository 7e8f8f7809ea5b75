"""Entities new to the project used by blind sets FX, FY and FZ (session 20: Afghanistan and Pakistan
militant and state leaderships 2013-2025: Taliban successions, the Haqqanis, al-Zawahiri in Kabul,
TTP leaders, the Doha track, Pakistani-Afghan meetings, Chinese, Qatari and Russian envoys).

`NEW` holds only ids that none of blind_entities_fe/fh/fk/fn/fq/ft.ALL defines. `ALL` merges those six tables plus NEW. The parallel annotators'
files of session 20 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_fe import ALL as _FE  # noqa: E402
from blind_entities_fh import ALL as _FH  # noqa: E402
from blind_entities_fk import ALL as _FK  # noqa: E402
from blind_entities_fn import ALL as _FN  # noqa: E402
from blind_entities_fq import ALL as _FQ  # noqa: E402
from blind_entities_ft import ALL as _FT  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT}

NEW = {
    # --- Afghan Taliban and the Haqqanis
    "person:mullah-omar": ("Person", "Mullah Mohammad Omar", "الملا محمد عمر"),
    "person:akhtar-mohammad-mansour": ("Person", "Akhtar Mohammad Mansour", "أختر محمد منصور"),
    "person:haibatullah-akhundzada": ("Person", "Haibatullah Akhundzada", "هبة الله آخوند زاده"),
    "person:mohammad-yaqoob": ("Person", "Mullah Mohammad Yaqoob (son of Mullah Omar)", "الملا محمد يعقوب"),
    "person:abdul-ghani-baradar": ("Person", "Abdul Ghani Baradar", "عبد الغني برادر"),
    "person:amir-khan-muttaqi": ("Person", "Amir Khan Muttaqi", "أمير خان متقي"),
    "person:mohammad-hasan-akhund": ("Person", "Mohammad Hasan Akhund", "محمد حسن آخوند"),
    "person:sher-mohammad-abbas-stanekzai": ("Person", "Sher Mohammad Abbas Stanekzai",
                                             "شير محمد عباس ستانكزاي"),
    "person:abdul-hakim-haqqani": ("Person", "Abdul Hakim Haqqani", "عبد الحكيم حقاني"),
    "person:abdul-salam-hanafi": ("Person", "Abdul Salam Hanafi", "عبد السلام حنفي"),
    "person:jalaluddin-haqqani": ("Person", "Jalaluddin Haqqani", "جلال الدين حقاني"),
    "person:khalil-haqqani": ("Person", "Khalil ur-Rahman Haqqani", "خليل الرحمن حقاني"),
    "person:anas-haqqani": ("Person", "Anas Haqqani", "أنس حقاني"),
    # --- Pakistani Taliban (TTP)
    "person:hakimullah-mehsud": ("Person", "Hakimullah Mehsud", "حكيم الله محسود"),
    "person:mullah-fazlullah": ("Person", "Mullah Fazlullah", "الملا فضل الله"),
    "person:noor-wali-mehsud": ("Person", "Noor Wali Mehsud", "نور ولي محسود"),
    # --- Pakistani officials
    "person:nawaz-sharif": ("Person", "Nawaz Sharif", "نواز شريف"),
    "person:sartaj-aziz": ("Person", "Sartaj Aziz", "سرتاج عزيز"),
    "person:chaudhry-nisar-ali-khan": ("Person", "Chaudhry Nisar Ali Khan", "تشودري نثار علي خان"),
    "person:qamar-javed-bajwa": ("Person", "Qamar Javed Bajwa", "قمر جاويد باجوا"),
    "person:asim-munir": ("Person", "Asim Munir", "عاصم منير"),
    "person:faiz-hameed": ("Person", "Faiz Hameed", "فيض حميد"),
    "person:nadeem-anjum": ("Person", "Nadeem Anjum", "نديم أنجم"),
    "person:asim-malik": ("Person", "Muhammad Asim Malik", "محمد عاصم مالك"),
    "person:shah-mahmood-qureshi": ("Person", "Shah Mahmood Qureshi", "شاه محمود قرشي"),
    "person:ishaq-dar": ("Person", "Ishaq Dar", "إسحاق دار"),
    "person:bilawal-bhutto-zardari": ("Person", "Bilawal Bhutto Zardari", "بيلاول بوتو زرداري"),
    "person:khawaja-asif": ("Person", "Khawaja Muhammad Asif", "خواجة محمد آصف"),
    "person:anwaar-ul-haq-kakar": ("Person", "Anwaar-ul-Haq Kakar", "أنوار الحق كاكر"),
    "person:mohammad-sadiq": ("Person", "Mohammad Sadiq (Pakistani special representative for Afghanistan)",
                              "محمد صادق"),
    "person:asif-durrani": ("Person", "Asif Durrani", "آصف دراني"),
    # --- Afghan (Islamic Republic) officials
    "person:ashraf-ghani": ("Person", "Ashraf Ghani", "أشرف غني"),
    "person:hamid-karzai": ("Person", "Hamid Karzai", "حامد كرزاي"),
    "person:abdullah-abdullah": ("Person", "Abdullah Abdullah", "عبد الله عبد الله"),
    "person:hekmat-khalil-karzai": ("Person", "Hekmat Khalil Karzai", "حكمت خليل كرزاي"),
    "person:abdul-hassib-sediqi": ("Person", "Abdul Hassib Sediqi", "عبد الحسيب صديقي"),
    # --- foreign envoys
    "person:richard-olson": ("Person", "Richard Olson", "ريتشارد أولسون"),
    "person:deng-xijun": ("Person", "Deng Xijun", "دنغ شي جون"),
    "person:yue-xiaoyong": ("Person", "Yue Xiaoyong", "يوي شياو يونغ"),
    "person:thomas-west": ("Person", "Thomas West", "توماس ويست"),
    "person:zamir-kabulov": ("Person", "Zamir Kabulov", "زامير كابولوف"),
    "person:dmitry-zhirnov": ("Person", "Dmitry Zhirnov", "دميتري جيرنوف"),
    "person:mutlaq-al-qahtani": ("Person", "Mutlaq bin Majed al-Qahtani", "مطلق بن ماجد القحطاني"),
    # --- organisations
    "organization:ttp": ("Organization", "Tehreek-e-Taliban Pakistan (TTP)", "حركة طالبان باكستان"),
    "organization:haqqani-network": ("Organization", "Haqqani network", "شبكة حقاني"),
    "organization:taliban-political-office": ("Organization", "Taliban political office in Doha",
                                              "المكتب السياسي لحركة طالبان"),
    "organization:taliban-government": ("Organization", "Taliban government (Islamic Emirate of Afghanistan)",
                                        "حكومة طالبان"),
    "organization:islamic-state-khorasan": ("Organization", "Islamic State Khorasan Province (ISIS-K)",
                                            "ولاية خراسان"),
    "organization:isi": ("Organization", "Inter-Services Intelligence (Pakistan)", "الاستخبارات الباكستانية"),
    "organization:pakistan-army": ("Organization", "Pakistan Army", "الجيش الباكستاني"),
    "organization:pakistani-government": ("Organization", "Government of Pakistan", "الحكومة الباكستانية"),
    "organization:pakistani-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Pakistan",
                                                "وزارة الخارجية الباكستانية"),
    "organization:pakistani-interior-ministry": ("Organization", "Ministry of Interior of Pakistan",
                                                 "وزارة الداخلية الباكستانية"),
    "organization:pakistani-defence-ministry": ("Organization", "Ministry of Defence of Pakistan",
                                                "وزارة الدفاع الباكستانية"),
    "organization:afghan-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Afghanistan",
                                             "وزارة الخارجية الأفغانية"),
    "organization:afghan-interior-ministry": ("Organization", "Ministry of Interior of Afghanistan",
                                              "وزارة الداخلية الأفغانية"),
    "organization:afghan-defence-ministry": ("Organization", "Ministry of Defence of Afghanistan",
                                             "وزارة الدفاع الأفغانية"),
    "organization:afghan-nds": ("Organization", "National Directorate of Security (Afghanistan)",
                                "المديرية الوطنية للأمن"),
    "organization:high-council-for-national-reconciliation": ("Organization",
                                                              "High Council for National Reconciliation",
                                                              "المجلس الأعلى للمصالحة الوطنية"),
    "organization:indian-foreign-ministry": ("Organization", "Ministry of External Affairs of India",
                                             "وزارة الخارجية الهندية"),
    # --- places
    "location:balochistan": ("Location", "Balochistan", "بلوشستان"),
    "location:kandahar": ("Location", "Kandahar", "قندهار"),
    "location:islamabad": ("Location", "Islamabad", "إسلام آباد"),
    "location:rawalpindi": ("Location", "Rawalpindi", "روالبندي"),
    "location:murree": ("Location", "Murree", "مري"),
    "location:abbottabad": ("Location", "Abbottabad", "أبوت آباد"),
    "location:miranshah": ("Location", "Miranshah", "ميرانشاه"),
    "location:north-waziristan": ("Location", "North Waziristan", "وزيرستان الشمالية"),
    "location:kunar-province": ("Location", "Kunar province", "ولاية كونار"),
    "location:tianjin": ("Location", "Tianjin", "تيانجين"),
    # --- outlets
    "outlet:dawn": ("Outlet", "Dawn", "دون"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **NEW}
