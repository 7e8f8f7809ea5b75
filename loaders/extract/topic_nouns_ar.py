"""The topic of talks right after a partner's name ends the name (session 21, shapear).

In Arabic news prose the verb of a meeting is followed by its subject, its partner and the
matter discussed, with nothing between the partner's name and the matter: "بحث X مع وزير
الخارجية الماليزي أحمد فضلي رشيد الأوضاع في المنطقة"، "وأكد X لدى استقباله Y عمق العلاقات"،
"واستعرض X مع Y آفاق التعاون". A new person's name (one the gazetteer does not know) was read on
into that noun ("Ahmed Fadli Rashid Amq", "Ahmad al-Awda") and the relation went to a person
who does not exist. These nouns of the matter discussed (written from news style, not from the
dev sets) are never a later word of a name; `arabic_names` adds them to the words that end a
name after its first word. Words that are also names (شكر، تهاني، السلام، حرب) are left out.
So are the dual present verbs of talks that end a headline's two subjects ("X وY يبحثان
العلاقات"، read by ``meeting_talk_verbs_ar``): ``AR_NAME_ENDERS`` holds both.
"""

from __future__ import annotations

from loaders.extract import lexicon as L

AR_TOPIC_NOUNS: frozenset[str] = frozenset(L.fold_ar(w) for w in (
    # the situation, the events and their course
    "الأوضاع", "أوضاع", "الوضع", "آخر", "الأحداث", "أحداث", "تداعيات", "التداعيات", "الواقع",
    "الأزمة", "أزمة", "الأزمات", "الصراع", "الحرب", "الهدنة", "وقف", "الساحة", "مسار", "المسار",
    "الاعتداءات", "الانتهاكات", "التحديات", "تحديات", "مستقبل", "مجمل", "جملة",
    # the relations and the ways of furthering them
    "آفاق", "أوجه", "مجالات", "عمق", "متانة", "فرص", "الفرص", "إمكانية", "إمكانيات", "تعزيز",
    "تطوير", "تنسيق", "دعم", "المسائل", "مسائل", "الشؤون", "شؤون", "الاستقرار", "الاستثمار",
    "الطاقة",
    # the efforts, plans and steps
    "جهود", "الجهود", "مساعي", "المساعي", "الترتيبات", "ترتيبات", "التحركات", "الإجراءات",
    "إجراءات", "الخطوات", "خطوات", "خطط", "الخطط", "الاستعدادات", "التحضيرات", "مشاريع",
    "المشاريع", "الاتفاقيات", "اتفاقيات", "مذكرات", "المفاوضات", "مفاوضات", "نتائج",
    "المبادرة", "مبادرة", "الرؤية",
    # the stance voiced
    "موقف", "الموقف", "مواقف", "حرص", "التزام", "استعداد", "رغبة", "تطلع", "تقدير", "إدانة",
    "تضامن", "التهاني",
))

# the dual present of talks after a headline's two subjects ("X وY يبحثان العلاقات")
AR_DUAL_TALK = L._ar("يبحثان", "يناقشان", "يستعرضان", "يتباحثان", "يتبادلان", "تبحثان",
                     "تناقشان", "يلتقيان", "يجتمعان")
AR_NAME_ENDERS: frozenset[str] = AR_TOPIC_NOUNS | AR_DUAL_TALK
