// Made by Scripts/make-demo-data.py from seeds/cases and SampleScans; run it after changing them.

/// The demo's seed cases and the scans it uploads, carried in the binary: the demo needs no file
/// of the repository.
enum DemoData {
    /// Each seed case's name and its case file.
    static let cases: [(name: String, json: String)] = [
        ("1-straight", ####"""
{
  "submittedOn": "2026-11-25",
  "application": {
    "applicant": {
      "lastName": "Иванов",
      "firstName": "Иван",
      "patronymic": "Иванович",
      "birthDate": "1990-05-17",
      "citizenship": "RU",
      "passport": {
        "series": "4510",
        "number": "123456",
        "issueDate": "2015-06-01",
        "issuedBy": "ОВД Тверского района г. Москвы"
      },
      "snils": "087-654-303 00",
      "inn": "500100732259"
    },
    "phone": "+7 (916) 123-45-67",
    "email": "ivanov@example.ru",
    "address": "г. Москва, ул. Тверская, д. 1, кв. 5",
    "postalCode": "125009",
    "from": "2026-12-01",
    "until": "2027-02-28",
    "reason": "work",
    "applicantOwnsDwelling": false,
    "owners": [
      {
        "fullName": "Петров Пётр Петрович",
        "snils": "112-233-445 95",
        "passport": {
          "series": "4511",
          "number": "654321",
          "issueDate": "2012-03-01",
          "issuedBy": "ОВД района Тверской г. Москвы"
        }
      }
    ],
    "documents": [
      {
        "kind": "passport",
        "path": "../scans/passport.jpg"
      },
      {
        "kind": "right-to-live",
        "path": "../scans/lease.png"
      }
    ],
    "consents": [
      {
        "document": "../consents/owner.json",
        "signature": "../consents/owner.json.p7s"
      }
    ]
  },
  "trustedConsentCAs": [
    "../keys/consent-ca.pem"
  ],
  "issuer": {
    "key": "../keys/issuer.key",
    "certificate": "../keys/issuer-chain.pem",
    "name": "Отдел по вопросам миграции ОМВД России по району Тверской"
  },
  "certificateNumber": "77-2026-000123"
}
"""####),
        ("2-clarification", ####"""
{
  "submittedOn": "2026-11-25",
  "application": {
    "applicant": {
      "lastName": "Иванов",
      "firstName": "Иван",
      "patronymic": "Иванович",
      "birthDate": "1990-05-17",
      "citizenship": "RU",
      "passport": {
        "series": "4510",
        "number": "123456",
        "issueDate": "2015-06-01",
        "issuedBy": "ОВД Тверского района г. Москвы"
      },
      "snils": "087-654-303 01",
      "inn": "500100732259"
    },
    "phone": "+7 (916) 123-45-67",
    "email": "ivanov@example.ru",
    "address": "г. Москва, ул. Тверская, д. 1, кв. 5",
    "postalCode": "125009",
    "from": "2026-12-01",
    "until": "2027-02-28",
    "reason": "work",
    "applicantOwnsDwelling": false,
    "owners": [
      {
        "fullName": "Петров Пётр Петрович",
        "snils": "112-233-445 95",
        "passport": {
          "series": "4511",
          "number": "654321",
          "issueDate": "2012-03-01",
          "issuedBy": "ОВД района Тверской г. Москвы"
        }
      }
    ],
    "documents": [
      {
        "kind": "passport",
        "path": "../scans/passport.jpg"
      },
      {
        "kind": "right-to-live",
        "path": "../scans/lease-150dpi.png"
      }
    ],
    "consents": [
      {
        "document": "../consents/owner-early.json",
        "signature": "../consents/owner-early.json.p7s"
      }
    ]
  },
  "trustedConsentCAs": [
    "../keys/consent-ca.pem"
  ],
  "issuer": {
    "key": "../keys/issuer.key",
    "certificate": "../keys/issuer-chain.pem",
    "name": "Отдел по вопросам миграции ОМВД России по району Тверской"
  },
  "certificateNumber": "77-2026-000124",
  "steps": [
    {
      "action": "resubmit",
      "on": "2026-11-27",
      "applicant": {
        "lastName": "Иванов",
        "firstName": "Иван",
        "patronymic": "Иванович",
        "birthDate": "1990-05-17",
        "citizenship": "RU",
        "passport": {
          "series": "4510",
          "number": "123456",
          "issueDate": "2015-06-01",
          "issuedBy": "ОВД Тверского района г. Москвы"
        },
        "snils": "087-654-303 00",
        "inn": "500100732259"
      },
      "documents": [
        {
          "kind": "passport",
          "path": "../scans/passport.jpg"
        },
        {
          "kind": "right-to-live",
          "path": "../scans/lease.png"
        }
      ],
      "consents": [
        {
          "document": "../consents/owner.json",
          "signature": "../consents/owner.json.p7s"
        }
      ]
    }
  ]
}
"""####),
        ("3-extended", ####"""
{
  "submittedOn": "2026-11-25",
  "application": {
    "applicant": {
      "lastName": "Иванов",
      "firstName": "Иван",
      "patronymic": "Иванович",
      "birthDate": "1990-05-17",
      "citizenship": "RU",
      "passport": {
        "series": "4510",
        "number": "123456",
        "issueDate": "2015-06-01",
        "issuedBy": "ОВД Тверского района г. Москвы"
      },
      "snils": "087-654-303 00",
      "inn": "500100732259"
    },
    "phone": "+7 (916) 123-45-67",
    "email": "ivanov@example.ru",
    "address": "г. Москва, ул. Тверская, д. 1, кв. 5",
    "postalCode": "125009",
    "from": "2026-12-01",
    "until": "2027-02-28",
    "reason": "work",
    "applicantOwnsDwelling": false,
    "owners": [
      {
        "fullName": "Петров Пётр Петрович",
        "snils": "112-233-445 95",
        "passport": {
          "series": "4511",
          "number": "654321",
          "issueDate": "2012-03-01",
          "issuedBy": "ОВД района Тверской г. Москвы"
        }
      }
    ],
    "documents": [
      {
        "kind": "passport",
        "path": "../scans/passport.jpg"
      },
      {
        "kind": "right-to-live",
        "path": "../scans/lease.png"
      }
    ],
    "consents": [
      {
        "document": "../consents/owner.json",
        "signature": "../consents/owner.json.p7s"
      }
    ]
  },
  "trustedConsentCAs": [
    "../keys/consent-ca.pem"
  ],
  "issuer": {
    "key": "../keys/issuer.key",
    "certificate": "../keys/issuer-chain.pem",
    "name": "Отдел по вопросам миграции ОМВД России по району Тверской"
  },
  "certificateNumber": "77-2026-000125",
  "steps": [
    {
      "action": "extend",
      "on": "2027-02-20",
      "until": "2027-05-28"
    }
  ]
}
"""####),
        ("4-annulled", ####"""
{
  "submittedOn": "2026-11-25",
  "application": {
    "applicant": {
      "lastName": "Иванов",
      "firstName": "Иван",
      "patronymic": "Иванович",
      "birthDate": "1990-05-17",
      "citizenship": "RU",
      "passport": {
        "series": "4510",
        "number": "123456",
        "issueDate": "2015-06-01",
        "issuedBy": "ОВД Тверского района г. Москвы"
      },
      "snils": "087-654-303 00",
      "inn": "500100732259"
    },
    "phone": "+7 (916) 123-45-67",
    "email": "ivanov@example.ru",
    "address": "г. Москва, ул. Тверская, д. 1, кв. 5",
    "postalCode": "125009",
    "from": "2026-12-01",
    "until": "2027-02-28",
    "reason": "work",
    "applicantOwnsDwelling": false,
    "owners": [
      {
        "fullName": "Петров Пётр Петрович",
        "snils": "112-233-445 95",
        "passport": {
          "series": "4511",
          "number": "654321",
          "issueDate": "2012-03-01",
          "issuedBy": "ОВД района Тверской г. Москвы"
        }
      }
    ],
    "documents": [
      {
        "kind": "passport",
        "path": "../scans/passport.jpg"
      },
      {
        "kind": "right-to-live",
        "path": "../scans/lease.png"
      }
    ],
    "consents": [
      {
        "document": "../consents/owner.json",
        "signature": "../consents/owner.json.p7s"
      }
    ]
  },
  "trustedConsentCAs": [
    "../keys/consent-ca.pem"
  ],
  "issuer": {
    "key": "../keys/issuer.key",
    "certificate": "../keys/issuer-chain.pem",
    "name": "Отдел по вопросам миграции ОМВД России по району Тверской"
  },
  "certificateNumber": "77-2026-000126",
  "steps": [
    {
      "action": "annul",
      "on": "2027-01-15"
    }
  ]
}
"""####),
    ]

    /// Each scan's name in the demo's scans folder and its bytes in Base64.
    static let scans: [(name: String, base64: String)] = [
        ("passport.jpg", """
/9j/4AAQSkZJRgABAQEBLAEsAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYn
KSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo
KCgoKCgoKCj/wAARCAQPBcQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF
BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW
V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi
4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC
AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm
Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq
8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDyyiiioPqwooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiitKz0HWL23S4s9Kv7iB87ZIr
d3VsHBwQMdQRSbS3BtLczaK2P+EX1/8A6Aeq/wDgJJ/hR/wi+v8A/QD1X/wEk/wpc0e4uaPcx6K2P+EX1/8A6Aeq/wDgJJ/hR/wi
+v8A/QD1X/wEk/wo5o9w5o9zHorY/wCEX1//AKAeq/8AgJJ/hR/wi+v/APQD1X/wEk/wo5o9w5o9zHorY/4RfX/+gHqv/gJJ/hR/
wi+v/wDQD1X/AMBJP8KOaPcOaPcx6K2P+EX1/wD6Aeq/+Akn+FH/AAi+v/8AQD1X/wABJP8ACjmj3Dmj3Meitj/hF9f/AOgHqv8A
4CSf4Uf8Ivr/AP0A9V/8BJP8KOaPcOaPcx6K2P8AhF9f/wCgHqv/AICSf4Uf8Ivr/wD0A9V/8BJP8KOaPcOaPcx6K2P+EX1//oB6
r/4CSf4Uf8Ivr/8A0A9V/wDAST/Cjmj3Dmj3Meitj/hF9f8A+gHqv/gJJ/hR/wAIvr//AEA9V/8AAST/AAo5o9w5o9zHorY/4RfX
/wDoB6r/AOAkn+FH/CL6/wD9APVf/AST/Cjmj3Dmj3Meitj/AIRfX/8AoB6r/wCAkn+FH/CL6/8A9APVf/AST/Cjmj3Dmj3Meitj
/hF9f/6Aeq/+Akn+FH/CL6//ANAPVf8AwEk/wo5o9w5o9zHorY/4RfX/APoB6r/4CSf4Uf8ACL6//wBAPVf/AAEk/wAKOaPcOaPc
x6K2P+EX1/8A6Aeq/wDgJJ/hR/wi+v8A/QD1X/wEk/wo5o9w5o9zHorY/wCEX1//AKAeq/8AgJJ/hR/wi+v/APQD1X/wEk/wo5o9
w5o9zHorY/4RfX/+gHqv/gJJ/hR/wi+v/wDQD1X/AMBJP8KOaPcOaPcx6K2P+EX1/wD6Aeq/+Akn+FH/AAi+v/8AQD1X/wABJP8A
Cjmj3Dmj3Meitj/hF9f/AOgHqv8A4CSf4Uf8Ivr/AP0A9V/8BJP8KOaPcOaPcx6K2P8AhF9f/wCgHqv/AICSf4Uf8Ivr/wD0A9V/
8BJP8KOaPcOaPcx6K2P+EX1//oB6r/4CSf4Uf8Ivr/8A0A9V/wDAST/Cjmj3Dmj3Meitj/hF9f8A+gHqv/gJJ/hR/wAIvr//AEA9
V/8AAST/AAo5o9w5o9zHorY/4RfX/wDoB6r/AOAkn+FH/CL6/wD9APVf/AST/Cjmj3Dmj3Meitj/AIRfX/8AoB6r/wCAkn+FH/CL
6/8A9APVf/AST/Cjmj3Dmj3Meitj/hF9f/6Aeq/+Akn+FH/CL6//ANAPVf8AwEk/wo5o9w5o9zHorY/4RfX/APoB6r/4CSf4Uf8A
CL6//wBAPVf/AAEk/wAKOaPcOaPcx6K2P+EX1/8A6Aeq/wDgJJ/hR/wi+v8A/QD1X/wEk/wo5o9w5o9zHorY/wCEX1//AKAeq/8A
gJJ/hR/wi+v/APQD1X/wEk/wo5o9w5o9zHorY/4RfX/+gHqv/gJJ/hR/wi+v/wDQD1X/AMBJP8KOaPcOaPcx6K2P+EX1/wD6Aeq/
+Akn+FH/AAi+v/8AQD1X/wABJP8ACjmj3Dmj3Meitj/hF9f/AOgHqv8A4CSf4Uf8Ivr/AP0A9V/8BJP8KOaPcOaPcx6K2P8AhF9f
/wCgHqv/AICSf4Uf8Ivr/wD0A9V/8BJP8KOaPcOaPcx6K2P+EX1//oB6r/4CSf4Uf8Ivr/8A0A9V/wDAST/Cjmj3Dmj3Meitj/hF
9f8A+gHqv/gJJ/hR/wAIvr//AEA9V/8AAST/AAo5o9w5o9zHorY/4RfX/wDoB6r/AOAkn+FH/CL6/wD9APVf/AST/Cjmj3Dmj3Me
itj/AIRfX/8AoB6r/wCAkn+FH/CL6/8A9APVf/AST/Cjmj3Dmj3Meitj/hF9f/6Aeq/+Akn+FH/CL6//ANAPVf8AwEk/wo5o9w5o
9zHorY/4RfX/APoB6r/4CSf4Vm3lrcWVw9veQS286Y3RyoUZcjIyDz0INCknsCaexDRRRVDCiiigAooooAKKKKACiiigAooooAKK
KKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKAC
iiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACvpD4R/8AJPNJ/wC2v/o56+b6+kPhH/yTzSf+2v8A
6OeuTGfAvU5cX8C9TsKKKK8084KKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooo
oAKKKKACiiigAr5v+Ln/ACUPVv8Atl/6JSvpCvm/4uf8lD1b/tl/6JSuvB/G/Q6sJ8b9Dj6KKK9I9EKKKKACiiigAooooAKKKKAC
iiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooo
oAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK+kPhH/wAk80n/ALa/+jnr5vr374Xa9o9l
4F0y3vNVsLedPN3Ry3CIy5lcjIJz0INcuLTcFbuc2LTcFbuehUVj/wDCUaB/0HNK/wDAuP8Axo/4SjQP+g5pX/gXH/jXncsux5/L
LsbFFY//AAlGgf8AQc0r/wAC4/8AGj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFFY//CUaB/0HNK/8C4/8aP8AhKNA/wCg5pX/AIFx/wCN
HLLsHLLsbFFY/wDwlGgf9BzSv/AuP/Gj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFFY/8AwlGgf9BzSv8AwLj/AMaP+Eo0D/oOaV/4Fx/4
0csuwcsuxsUVj/8ACUaB/wBBzSv/AALj/wAaP+Eo0D/oOaV/4Fx/40csuwcsuxsUVj/8JRoH/Qc0r/wLj/xo/wCEo0D/AKDmlf8A
gXH/AI0csuwcsuxsUVj/APCUaB/0HNK/8C4/8aP+Eo0D/oOaV/4Fx/40csuwcsuxsUVj/wDCUaB/0HNK/wDAuP8Axo/4SjQP+g5p
X/gXH/jRyy7Byy7GxRWP/wAJRoH/AEHNK/8AAuP/ABo/4SjQP+g5pX/gXH/jRyy7Byy7GxRWP/wlGgf9BzSv/AuP/Gj/AISjQP8A
oOaV/wCBcf8AjRyy7Byy7GxRWP8A8JRoH/Qc0r/wLj/xo/4SjQP+g5pX/gXH/jRyy7Byy7GxRWP/AMJRoH/Qc0r/AMC4/wDGj/hK
NA/6Dmlf+Bcf+NHLLsHLLsbFFY//AAlGgf8AQc0r/wAC4/8AGj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFFY//CUaB/0HNK/8C4/8aP8A
hKNA/wCg5pX/AIFx/wCNHLLsHLLsbFFY/wDwlGgf9BzSv/AuP/Gj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFFY/8AwlGgf9BzSv8AwLj/
AMaP+Eo0D/oOaV/4Fx/40csuwcsuxsUVj/8ACUaB/wBBzSv/AALj/wAaP+Eo0D/oOaV/4Fx/40csuwcsuxsUVj/8JRoH/Qc0r/wL
j/xo/wCEo0D/AKDmlf8AgXH/AI0csuwcsuxsUVj/APCUaB/0HNK/8C4/8aP+Eo0D/oOaV/4Fx/40csuwcsuxsUVj/wDCUaB/0HNK
/wDAuP8Axo/4SjQP+g5pX/gXH/jRyy7Byy7GxRWP/wAJRoH/AEHNK/8AAuP/ABo/4SjQP+g5pX/gXH/jRyy7Byy7GxRWP/wlGgf9
BzSv/AuP/Gj/AISjQP8AoOaV/wCBcf8AjRyy7Byy7GxRWP8A8JRoH/Qc0r/wLj/xo/4SjQP+g5pX/gXH/jRyy7Byy7GxRWP/AMJR
oH/Qc0r/AMC4/wDGj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFFY//AAlGgf8AQc0r/wAC4/8AGj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFFY/
/CUaB/0HNK/8C4/8aP8AhKNA/wCg5pX/AIFx/wCNHLLsHLLsbFFY/wDwlGgf9BzSv/AuP/Gj/hKNA/6Dmlf+Bcf+NHLLsHLLsbFF
Y/8AwlGgf9BzSv8AwLj/AMaP+Eo0D/oOaV/4Fx/40csuwcsuxsUVj/8ACUaB/wBBzSv/AALj/wAaP+Eo0D/oOaV/4Fx/40csuwcs
uxsUVj/8JRoH/Qc0r/wLj/xo/wCEo0D/AKDmlf8AgXH/AI0csuwcsuxsUVj/APCUaB/0HNK/8C4/8aP+Eo0D/oOaV/4Fx/40csuw
csuxsUVj/wDCUaB/0HNK/wDAuP8Axo/4SjQP+g5pX/gXH/jRyy7Byy7GxRWP/wAJRoH/AEHNK/8AAuP/ABo/4SjQP+g5pX/gXH/j
Ryy7Byy7GxRWP/wlGgf9BzSv/AuP/Gj/AISjQP8AoOaV/wCBcf8AjRyy7Byy7GxRWP8A8JRoH/Qc0r/wLj/xo/4SjQP+g5pX/gXH
/jRyy7Byy7GxXzf8XP8Akoerf9sv/RKV7x/wlGgf9BzSv/AuP/GvAfijdW97461O4s54riB/K2yROHVsRIDgjjqCK6sJFqbv2OnC
Jqbv2OVooor0T0AooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooA
KKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKK
ACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACii
igAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAo
oooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooA
KKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKK
ACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoruf+FUeNP+gN/wCTUP8A8XR/wqjxp/0Bv/JqH/4ukZe3
pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ/
/F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf
+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUe
NP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCL
o/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8A
JqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPG
n/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc
/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3n
DUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9
vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/
AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0
Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/C
qPGn/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8
XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5
NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40
/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu
5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL
7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B
7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP
/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8A
oDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4V
R40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/
AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG
/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDC
qPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3
P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/m
X3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLo
D29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8A
yah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn
/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/w
qjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//
ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCg
N/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4V
R40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhq
K7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/
MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAX
QHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+
TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/
6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo
/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJ
qH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/+LoD29L+ZfecNRXc/wDCqPGn
/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/8mof/i6A9vS/mX3nDUV3P/Cq
PGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp/wBAb/yah/8Ai6A9vS/mX3nD
UV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH/CqPGn/QG/8AJqH/AOLoD29L
+ZfecNRXc/8ACqPGn/QG/wDJqH/4uj/hVHjT/oDf+TUP/wAXQHt6X8y+84aiu5/4VR40/wCgN/5NQ/8AxdH/AAqjxp/0Bv8Ayah/
+LoD29L+ZfecNRXc/wDCqPGn/QG/8mof/i6P+FUeNP8AoDf+TUP/AMXQHt6X8y+84aiu5/4VR40/6A3/AJNQ/wDxdH/CqPGn/QG/
8mof/i6A9vS/mX3nDUV3P/CqPGn/AEBv/JqH/wCLo/4VR40/6A3/AJNQ/wDxdAe3pfzL7zhqK7n/AIVR40/6A3/k1D/8XR/wqjxp
/wBAb/yah/8Ai6A9vS/mX3nDUV3P/CqPGn/QG/8AJqH/AOLo/wCFUeNP+gN/5NQ//F0B7el/MvvOGoruf+FUeNP+gN/5NQ//ABdH
/CqPGn/QG/8AJqH/AOLoD29L+ZfecNRXc/8ACqPGn/QG/wDJqH/4uigPb0v5l959U0UUVJ82FFFFABRRRQAUUUUAFFFFABRRRQAU
UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUA
FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRR
RQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAU
UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUA
FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRR
RQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAU
UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUA
FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRR
RQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAU
UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUA
FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVSvXZZQFZgNvY1drPv/8AXD/d/wAa
uG4mRebJ/wA9H/OjzZP+ej/nUeaM1rYkk82T/no/50ebJ/z0f86jzRmiwEnmyf8APR/zo82T/no/51HmjNFgJPNk/wCej/nR5sn/
AD0f86jzRmiwEnmyf89H/OjzZP8Ano/51HmjNFgJPNk/56P+dHmyf89H/Oo80ZosBJ5sn/PR/wA6PNk/56P+dR5ozRYCTzZP+ej/
AJ0ebJ/z0f8AOo80ZosBJ5sn/PR/zo82T/no/wCdR5ozRYCTzZP+ej/nR5sn/PR/zqPNGaLASebJ/wA9H/OjzZP+ej/nUeaM0WAk
82T/AJ6P+dHmyf8APR/zqPNGaLASebJ/z0f86PNk/wCej/nUeaM0WAk82T/no/50ebJ/z0f86jzRmiwEnmyf89H/ADo82T/no/51
HmjNFgJPNk/56P8AnR5sn/PR/wA6jzRmiwEnmyf89H/OjzZP+ej/AJ1HmjNFgJPNk/56P+dHmyf89H/Oo80ZosBJ5sn/AD0f86PN
k/56P+dR5ozRYCTzZP8Ano/50ebJ/wA9H/Oo80ZosBJ5sn/PR/zo82T/AJ6P+dR5ozRYCTzZP+ej/nR5sn/PR/zqPNGaLASebJ/z
0f8AOjzZP+ej/nUeaM0WAk82T/no/wCdHmyf89H/ADqPNGaLASebJ/z0f860oiTEhPJ2isnNa0P+pj/3RWcxofRRRWZQUUUUAFFF
FABRRRQB5n8TNSvrPXoI7S9uYIzbKxWKVlBO5+cA+wrkf7d1f/oKX/8A4EP/AI16d4s8If8ACQajHdfbvs+yIRbfJ35wSc53D1rF
/wCFaf8AUW/8lv8A7Ot4yilqS0zi/wC3dX/6Cl//AOBD/wCNH9u6v/0FL/8A8CH/AMa7T/hWn/UW/wDJb/7Oj/hWn/UW/wDJb/7O
nzwCzOL/ALd1f/oKX/8A4EP/AI0f27q//QUv/wDwIf8AxrtP+Faf9Rb/AMlv/s6P+Faf9Rb/AMlv/s6OeAWZxf8Abur/APQUv/8A
wIf/ABo/t3V/+gpf/wDgQ/8AjXaf8K0/6i3/AJLf/Z0f8K0/6i3/AJLf/Z0c8Aszi/7d1f8A6Cl//wCBD/40f27q/wD0FL//AMCH
/wAa7T/hWn/UW/8AJb/7Oj/hWn/UW/8AJb/7OjngFmcX/bur/wDQUv8A/wACH/xo/t3V/wDoKX//AIEP/jXaf8K0/wCot/5Lf/Z0
f8K0/wCot/5Lf/Z0c8Aszi/7d1f/AKCl/wD+BD/40f27q/8A0FL/AP8AAh/8a7T/AIVp/wBRb/yW/wDs6P8AhWn/AFFv/Jb/AOzo
54BZnF/27q//AEFL/wD8CH/xo/t3V/8AoKX/AP4EP/jXaf8ACtP+ot/5Lf8A2dH/AArT/qLf+S3/ANnRzwCzOL/t3V/+gpf/APgQ
/wDjR/bur/8AQUv/APwIf/Gu0/4Vp/1Fv/Jb/wCzo/4Vp/1Fv/Jb/wCzo54BZnF/27q//QUv/wDwIf8Axo/t3V/+gpf/APgQ/wDj
Xaf8K0/6i3/kt/8AZ0f8K0/6i3/kt/8AZ0c8Aszi/wC3dX/6Cl//AOBD/wCNH9u6v/0FL/8A8CH/AMa7T/hWn/UW/wDJb/7Oj/hW
n/UW/wDJb/7OjngFmcX/AG7q/wD0FL//AMCH/wAa96rzn/hWn/UW/wDJb/7OvRqzqNPYaCiiisxhRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFF
FFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFZ+of65f8Ad/qa0KztQ/1y/wC7/U1cNxPYrUUZozWpIUUZozQAUUZozQAU
UZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZ
ozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAVrwf6mP/dH8qyM1rQf6mP/AHR/KoqDRJRRRWRQUUUUAFFFFABRRRQB
4l8bfivrngTxXaaZpFppk0EtklyzXUcjMGMki4BV1GMIO3rXnv8Aw0Z4u/6B2g/9+Jv/AI7R+1f/AMlE07/sFR/+jpq8XrojFNEt
ntH/AA0Z4u/6B2g/9+Jv/jtH/DRni7/oHaD/AN+Jv/jteL0VXJHsK57R/wANGeLv+gdoP/fib/47R/w0Z4u/6B2g/wDfib/47Xi9
FHJHsFz2j/hozxd/0DtB/wC/E3/x2j/hozxd/wBA7Qf+/E3/AMdrxeijkj2C57R/w0Z4u/6B2g/9+Jv/AI7R/wANGeLv+gdoP/fi
b/47Xi9FHJHsFz2j/hozxd/0DtB/78Tf/HaP+GjPF3/QO0H/AL8Tf/Ha8Xoo5I9gue0f8NGeLv8AoHaD/wB+Jv8A47R/w0Z4u/6B
2g/9+Jv/AI7Xi9FHJHsFz2j/AIaM8Xf9A7Qf+/E3/wAdo/4aM8Xf9A7Qf+/E3/x2vF6KOSPYLntH/DRni7/oHaD/AN+Jv/jtH/DR
ni7/AKB2g/8Afib/AOO14vRRyR7Bc9o/4aM8Xf8AQO0H/vxN/wDHaP8Ahozxd/0DtB/78Tf/AB2vF6KOSPYLntH/AA0Z4u/6B2g/
9+Jv/jtH/DRni7/oHaD/AN+Jv/jteL0UckewXPaP+GjPF3/QO0H/AL8Tf/HaP+GjPF3/AEDtB/78Tf8Ax2vF6KOSPYLntH/DRni7
/oHaD/34m/8AjtH/AA0Z4u/6B2g/9+Jv/jteL0UckewXPaP+GjPF3/QO0H/vxN/8do/4aM8Xf9A7Qf8AvxN/8drxeijkj2C57R/w
0Z4u/wCgdoP/AH4m/wDjtesfAn4jav4//tz+2bewg+w+R5f2RHXO/wAzO7czf3BjGO9fH9fRf7IX/M2f9un/ALWqJxSjoNM+jKKK
KwKCiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKAC
iiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKztR/16/7v9TWjWbqX+vX/AHf6mrhuJ7FaikorUkWikooA
WikooAWikooAWikooAWikooAWikooAWikooAWikooAWim0hYCgB9FQNMB3qJ7pR3oAt5oyKznvlHcVEdQT+8KAsa2RRkVkf2in94
U9b9T/EKLhY1c0VQS8U96mW4U96ALNFRLIDTwRQA6ikooAWikooAWikooAWikooAWikooAWikooAWikooAWikooAWikooAWteD/U
R/7o/lWPWxB/qI/90fyqKg0SUUUVkUFFFFABRRRQAUUUUAfKH7V//JRNO/7BUf8A6OmrxevpT9oP4eeKPFvjOyv/AA/pf2u0j09I
Gf7RFHhxJIxGHYHow/OvMf8AhSnxA/6AH/k7b/8AxyuiMlbclnnNFejf8KU+IH/QA/8AJ23/APjlH/ClPiB/0AP/ACdt/wD45Vcy
7isec0V6N/wpT4gf9AD/AMnbf/45R/wpT4gf9AD/AMnbf/45RzLuFjzmivRv+FKfED/oAf8Ak7b/APxyj/hSnxA/6AH/AJO2/wD8
co5l3Cx5zRXo3/ClPiB/0AP/ACdt/wD45R/wpT4gf9AD/wAnbf8A+OUcy7hY85or0b/hSnxA/wCgB/5O2/8A8co/4Up8QP8AoAf+
Ttv/APHKOZdwsec0V6N/wpT4gf8AQA/8nbf/AOOUf8KU+IH/AEAP/J23/wDjlHMu4WPOaK9G/wCFKfED/oAf+Ttv/wDHKP8AhSnx
A/6AH/k7b/8AxyjmXcLHnNFejf8AClPiB/0AP/J23/8AjlH/AApT4gf9AD/ydt//AI5RzLuFjzmivRv+FKfED/oAf+Ttv/8AHKP+
FKfED/oAf+Ttv/8AHKOZdwsec0V6N/wpT4gf9AD/AMnbf/45R/wpT4gf9AD/AMnbf/45RzLuFjzmivRv+FKfED/oAf8Ak7b/APxy
j/hSnxA/6AH/AJO2/wD8co5l3Cx5zRXo3/ClPiB/0AP/ACdt/wD45R/wpT4gf9AD/wAnbf8A+OUcy7hY85or0b/hSnxA/wCgB/5O
2/8A8co/4Up8QP8AoAf+Ttv/APHKOZdwsec19F/shf8AM2f9un/tavOv+FKfED/oAf8Ak7b/APxyvaP2cfBPiDwd/wAJD/wken/Y
/tf2fyf30cm7b5u77jHGNy9fWpm04jR7TRRRXOUFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVm6l/r1/3f
6mtKszUv9ev+7/U1cNxPYq5ozSUVqSLmjNJRQAuaM0lFAC5ozSUUALmjNJRQAuaM0lFAC5ozSUUALmjNJSE4oAdmms4FQyzBR1rM
vNQWMHmgDRluVUdazrnUVTPzVzepa2qZ+auV1HxBycNUuRajc7e61pVz81ZFz4gAz89ed3uvsSfmrHuNaYk/MazczRQPSpvEQBPz
/rVR/EfP3/1rzKTVXP8AFUDak5/iqecrkPUh4j/26ni8R/7f615L/aT+tSJqbj+KjnDkPZbfxCDj561bXXlbHzV4fDq7j+I1p2uu
sCPmqlMlwPdLXVkfHzVqwXqvjmvFNP8AEBBHzV1Gm6+DjLVakQ4Hp6Shh1qQHNcrYasrgfNW5b3QcDmruQ0X80ZpiuCKdQIXNGaS
igBc0ZpKKAFzRmkooAXNGaSigBc0ZpKKAFzRmkooAXNGaSigBc1swf6iP/dH8qxa2rf/AFEf+6P5VFQaJKKKKyKCiiigAooooAKK
KKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKAC
iiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooo
oAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACszU/9ev+7/U1p1l6n/x8L/u/1NXDcT2KmaM0UVqSGaM0UUAGaM0UUAGaM0UU
AGaM0UUAGaM0UUAGaM0UhOKAAnFVricIDzTbmcIDzXM6xqgjVvmobsNK5Y1PVFjB+auK1jXcbsNWZrutcthq4fUtTZ2PzVjKRrGB
r6nrZYn5q5261JnJ+as6e4LHrVZmJrNs2USzLcsx61A0pPeo6KQxxY0m40lFAC5NG40lFAx4cipEmI71BRQI0oL1kI5rZsNXZCPm
rlAcVLHKV70XE0epaTrxBXLV2+ka0HC/NXg9neshHNdVo+sFSvzVpGRnKB71Y3okUc1pxyBhXmWhayG2/NXbafeiRRzWydzFqxt5
ozUcbhhUlMkM0ZoooAM0ZoooAM0ZoooAM0ZoooAM0ZoooAM0ZoooAM1t2/8AqI/90fyrErbt/wDj3i/3R/KoqDRJRRRWRQUUUUAF
FFFABRRRQAUVUu9SsbOQR3d7bQSEbgssqqSPXBPsag/t3SP+gpYf+BCf407MDSorN/t3SP8AoKWH/gQn+NH9u6R/0FLD/wACE/xo
swNKis3+3dI/6Clh/wCBCf40f27pH/QUsP8AwIT/ABoswNKis3+3dI/6Clh/4EJ/jR/bukf9BSw/8CE/xoswNKis3+3dI/6Clh/4
EJ/jR/bukf8AQUsP/AhP8aLMDSorN/t3SP8AoKWH/gQn+NH9u6R/0FLD/wACE/xoswNKis3+3dI/6Clh/wCBCf40f27pH/QUsP8A
wIT/ABoswNKis3+3dI/6Clh/4EJ/jR/bukf9BSw/8CE/xoswNKis3+3dI/6Clh/4EJ/jWlRYAooopAFFFFABRRRQAUUUUAFFFFAB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQ
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVl6p/x8L/u/1NalZWq/8fC/7o/mauG4nsVKKTNG
a1JFopM0ZoAWikzRmgBaKTNGaAFopM0ZoAWikzRmgAJxVe4mCKeafK+0Vg6veiNG5oYIqazqQjVvmrznX9YJLANVrxHqv3gGrzvV
b4yOeaxlI3hEbqV+0jHmsaWUsTSSyFjUVZGyQE5ooooGFFFFABRRRQAUUUUAFFFFABRRRQA5Wwau2tyUYc1QpVbBoEdzouqlGX5q
9G0DV9wX5q8OtLgow5rsNB1Qqy/NVxkZyie9afdiRRzWojZFefeH9T3qvNdpZzh1HNbp3OdqxoUU0HilzTELRSZozQAtFJmjNAC0
UmaM0ALRSZozQAtFJmjNAC1uW/8Ax7xf7o/lWFmt22/494v90fyqKg0SUUUVkUFFFFABRRRQAUUUUAeUfFf/AJGK3/69V/8AQ3ri
6911bw9perXKz6ha+dKqBA3mMvy5JxwR6mqX/CFeH/8AoH/+RpP/AIqto1ElYTR4vRXtH/CFeH/+gf8A+RpP/iqP+EK8P/8AQP8A
/I0n/wAVT9qhWPF6K9o/4Qrw/wD9A/8A8jSf/FUf8IV4f/6B/wD5Gk/+Ko9qgseL0V7R/wAIV4f/AOgf/wCRpP8A4qj/AIQrw/8A
9A//AMjSf/FUe1QWPF6K9o/4Qrw//wBA/wD8jSf/ABVH/CFeH/8AoH/+RpP/AIqj2qCx4vRXtH/CFeH/APoH/wDkaT/4qj/hCvD/
AP0D/wDyNJ/8VR7VBY8Xor2j/hCvD/8A0D//ACNJ/wDFUf8ACFeH/wDoH/8AkaT/AOKo9qgseL0V7R/whXh//oH/APkaT/4qj/hC
vD//AED/APyNJ/8AFUe1QWPF6+i65z/hCvD/AP0D/wDyNJ/8VXR1E5KWw0rBRRRWYwooooAKKKKACiiigAooooAKKKKACiiigAoo
ooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK
KKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACsrVf+Phf9wfzNatZOrf8fC/7g/mauG4nsU6KSitSRaKSigBaKSi
gBaKSigBaKSigBaRjgUVFM+1TQBT1CcIh5rgfEmpbQ3NdFrt3sRua8s8S3+WYZqJM0gjB1y/Lu3NcvPIWY1Zvpy7nmqBOTWDZ0JC
GiiikUFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFADlbBrT0+5KOOayqkhfawoEeoeG9SwVG6vT9EvRIi814Jol4Udea9R8M3+
QvNawkYTieoQvuUVLWZp829BzWiDkVsYjqKSigBaKSigBaKSigBaKSigBaKSigBa3rb/AI94v9wfyrAretv+PeL/AHB/KoqDRLRR
RWRQUUUUAFFFFABRRRQB8zftM+JNc0fx5YW+ka1qdhA2mxyNHa3UkSljLKNxCkDOABn2FeSf8J14u/6GnXv/AAYTf/FV6L+1f/yU
TTv+wVH/AOjpq8XrpglZEs6P/hOvF3/Q069/4MJv/iqP+E68Xf8AQ069/wCDCb/4qucoqrIR0f8AwnXi7/oade/8GE3/AMVR/wAJ
14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR
/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/
AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8
GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oa
de/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi
7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8A
wnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB
0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzl
FFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8A
FVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/Bh
N/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnX
v/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/
6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ
14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR
/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/
AMVR/wAJ14u/6GnXv/BhN/8AFVzlFFkB0f8AwnXi7/oade/8GE3/AMVX0x+zNq2o6x4Dv7jV7+7v511KSNZLqZpWCiKI7QWJOMkn
Hua+RK+rv2UP+Sd6j/2FZP8A0TDUVFoNHtNFFFc5QUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABWTq3
/Hyv+4P5mtasjV/+Plf9wfzNXDcT2KeaM0lFaki5ozSUUALmjNJRQAuaM0lFAC5ozSUUABPFUL+Xahq65wKw9Ym2xtzQwRx3ie8w
G5ryvXLotI3Ndn4ouuW5rzfUpd0h5rCbOmCM+VssajoJyaKzNQooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACgcGiigC
/YS7XFeg+GLzBXmvNIGwwrrPD1ztdeaqLIkj3PQ7ndGvNdLE2VFcB4aucqvNdxaPlBXRE5ZIt5ozSUUxC5ozSUUALmjNJRQAuaM0
lFAC5ozSUUALmt62/wCPaL/cH8qwK37b/j2i/wBwfyqKg0S0UUVkUFFFFABRRRQAUUUUAfKH7V//ACUTTv8AsFR/+jpq8Xr7A+LH
wg/4T/xFb6r/AG5/Z/k2q23lfZPNzh3bdnev9/GMdq4r/hmf/qbP/Kb/APba3jOKViWj50or6L/4Zn/6mz/ym/8A22j/AIZn/wCp
s/8AKb/9tqvaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDK
b/8AbaPaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8A
baPaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPa
RCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzP
nSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSiv
ov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A
4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/
AOps/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps
/wDKb/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps/wDK
b/8AbaP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps/wDKb/8A
baP+GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+
GZ/+ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+
ps/8pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8
pv8A9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSivov8A4Zn/AOps/wDKb/8AbaP+GZ/+ps/8pv8A
9to9pELM+dKK+i/+GZ/+ps/8pv8A9to/4Zn/AOps/wDKb/8AbaPaRCzPnSvq79lD/kneo/8AYVk/9Ew1zn/DM/8A1Nn/AJTf/tte
r/CfwN/wgHh240r+0f7Q866a583yPKxlEXbjc39zOc96ic01ZDSO1ooorEYUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRR
RQAUUUUAFFFFABWRq/8Ax8r/ALg/ma16x9X/AOPlf9wfzNXDcT2KWaM0lFaki5ozSUUALmjNJRQAuaM0lFAC5ozSUUARzHCmuV8Q
TbY25rpro4Q1xXiWXCNSkVHc818TT5Zua4W7bLGup8RSZdq5KfljXNI6YkVFFFIsKKKKACiiigAooooAKKKKACiiigAooooAKKKK
ACiiigAooooAVDg1u6NLtkXmsEda1NMbEi0ITPXfC1xkJzXpGnPlBXknhWX7leo6Q+Y1rogc0zbBpc01TxS1ZmLmjNJRQAuaM0lF
AC5ozSUUALmjNJRQAua6C1/49ov9wfyrnq6G1/49of8AcH8qioNEtFFFZFBRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFF
FABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABR
RRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQA
UUUUAFFFFABWPrH/AB9L/uD+ZrYrG1n/AI+l/wBwfzNXDcT2KNFGaM1qSFFGaM0AFFGaM0AFFGaM0AFFGaTNAFa7+4a4jxIpKtXd
XC5U1zer2fmA8UpIqLPF9ct2Z24rmpbRsnivWtS0Uux+WsK40PBPy1zyVjojI89Nq3pSfZm9K7WTR8H7tR/2T/s1k5GljjvszelH
2ZvSux/sn/Zo/sn/AGaXMOxx32ZvSj7M3pXY/wBk/wCzR/ZP+zRzBY477M3pR9mb0rsf7J/2aP7J/wBmjmCxx32ZvSj7M3pXY/2T
/s0f2T/s0cwWOO+zN6UfZm9K7H+yf9mj+yf9mjmCxx32ZvSj7M3pXY/2T/s0f2T/ALNHMFjjvszelH2ZvSux/sn/AGaP7J/2aOYL
HHfZm9KPszeldj/ZP+zR/ZP+zRzBY477M3pQLZvSux/sn/ZpV0j/AGafMFjj1tGJ6VoWFowccGuph0XP8NadnofI+WrjqRJ2H+GY
mUrxXp+j5Ea1y+kaYYyPlrsdPi2KK6IqxzTdzTTpTqavAp2asgKKM0ZoAKKM0ZoAKKM0ZoAKKM0ZoAK6K1/49Yf9wfyrnc10Vr/x
6w/7g/lUVBolooorIoKKKKACiiigAooooAKK57xD4ssdCvUtruK5eR4xIDEqkYJI7kehrM/4WNpH/Pvf/wDfCf8AxVUothc7SiuL
/wCFjaR/z73/AP3wn/xVH/CxtI/597//AL4T/wCKo5JdgudpRXF/8LG0j/n3v/8AvhP/AIqj/hY2kf8APvf/APfCf/FUckuwXO0o
ri/+FjaR/wA+9/8A98J/8VR/wsbSP+fe/wD++E/+Ko5JdgudpRXF/wDCxtI/597/AP74T/4qj/hY2kf8+9//AN8J/wDFUckuwXO0
ori/+FjaR/z73/8A3wn/AMVR/wALG0j/AJ97/wD74T/4qjkl2C52lFcX/wALG0j/AJ97/wD74T/4qj/hY2kf8+9//wB8J/8AFUck
uwXO0ori/wDhY2kf8+9//wB8J/8AFUf8LG0j/n3v/wDvhP8A4qjkl2C52lFZfh7WrbXbJ7m0SZI0kMZEoAOQAexPqK1KTVgCiiik
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFF
FFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABWNrP/H0v+4P5mtms
XWv+Ppf9wfzNXDcT2KNFJmjNaki0UmaM0ALRSZozQAtFJmjNAC0UmaM0AIwyKqzQBu1W6Q0AYdzYqc8Vj3lggzxXVXGMGsa9I5rC
qzamcxNZLk8VXNkvpWxLgmosCuFs7EjM+xL6UfYl9K08CjApXHYzPsS+lH2JfStPAowKLhYzPsS+lH2JfStPAowKLhYzPsS+lH2J
fStPAowKLhYzPsS+lH2JfStPAowKLhYzPsS+lH2JfStPAowKLhYzPsS+lH2JfStPAowKLhYzPsS+lH2JfStPAowKLhYzPsS+lOSy
XPStHApVAzTuKwy1sVJHFbVpYJgcVVtSMityzIwK6qTOeqh9vaKuMCr0aBRSx4xT660co6ikzRmgBaKTNGaAFopM0ZoAWikzRmgB
aKTNGaAFro7X/j1h/wBwfyrm810lp/x6w/7i/wAqioNEtFFFZFBRRRQAUUUUAFFFFAHlHxX/AORit/8Ar1X/ANDeuLr3XVvEmh6P
crb6vrWmWE7IJFjurqOJipJG4BiDjIIz7GqX/CdeEf8AoadB/wDBhD/8VW0ZtK1hNHi9Fe0f8J14R/6GnQf/AAYQ/wDxVH/CdeEf
+hp0H/wYQ/8AxVP2j7CseL0V7R/wnXhH/oadB/8ABhD/APFUf8J14R/6GnQf/BhD/wDFUe0fYLHi9Fe0f8J14R/6GnQf/BhD/wDF
Uf8ACdeEf+hp0H/wYQ//ABVHtH2Cx4vRXtH/AAnXhH/oadB/8GEP/wAVR/wnXhH/AKGnQf8AwYQ//FUe0fYLHi9Fe0f8J14R/wCh
p0H/AMGEP/xVH/CdeEf+hp0H/wAGEP8A8VR7R9gseL0V7R/wnXhH/oadB/8ABhD/APFUf8J14R/6GnQf/BhD/wDFUe0fYLHi9Fe0
f8J14R/6GnQf/BhD/wDFUf8ACdeEf+hp0H/wYQ//ABVHtH2CxnfCj/kXbj/r6b/0BK7Suc/4Trwj/wBDToP/AIMIf/iqP+E68I/9
DToP/gwh/wDiqyd27lHR0Vzn/CdeEf8AoadB/wDBhD/8VR/wnXhH/oadB/8ABhD/APFUrMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4
Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+
Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDg
wh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg
/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A
0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOv
CP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z
/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo
6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iq
LMDo6K5z/hOvCP8A0NOg/wDgwh/+Ko/4Trwj/wBDToP/AIMIf/iqLMDo6K5z/hOvCP8A0NOg/wDgwh/+Kra06/tNTs47vTbqC7tJ
M7JoJBIjYJBwwyDggj8KLAWaKKKQBRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAVi61/x9J/uD+ZrarE1v/j6T/cH8zVw3E9ihRSUVqSLRSUUALRSUUALRSUUALRSUUALSMeKKa/SgCpctwaxLxuTWvdn
g1iXZ5NctZnTSRRkPNMpX60lcZ1IKKKKQBRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUDrRRQBatzgitqzbpWFCeRWvZt0ro
pPUwqI24jxUtV4TwKnruWxyMWikopiFopKKAFopKKAFopKKAFopKKAFrpLT/AI9Yf9xf5VzVdLaf8esP+4v8qioNE1FFFZFBRRRQ
AUUUUAFFFFAHyh+1f/yUTTv+wVH/AOjpq8Xr2j9q/wD5KJp3/YKj/wDR01eL11Q+FEvcKKKKoQUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFfaP7PP8AyR7QP+3j/wBKJK+Lq+0f2ef+SPaB/wBvH/pRJWVXYaPRqKKKwKCiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigArE1v/j7T/cH8zW3WHrn/AB9p/uD+Zq4biexn5ozRRWpIZozRRQAZ
ozRRQAZozRRQAZozRRQAZprninVHJ0oYGfdng1iXR5rYvDwaxbnrXFWOukVW60lB60VzHQFFFFIAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKAJYutatmelZEfWtSzPIraluZVNjcgPAqyDVS36CrQ6V6EdjiluLmjNFFMQZozRRQAZozRRQAZozRRQAZozR
RQAZrprT/j0h/wBxf5VzNdNaf8ekP+4v8qioNE1FFFZFBRRRQAUUUUAFFFFAHyh+1f8A8lE07/sFR/8Ao6avF6+6/Fnw88L+LdRj
v/EGl/a7uOIQK/2iWPCAlgMIwHVj+dYv/ClPh/8A9AD/AMnbj/45W0aiSsJo+LqK+0f+FKfD/wD6AH/k7cf/AByj/hSnw/8A+gB/
5O3H/wAcp+1QrHxdRX2j/wAKU+H/AP0AP/J24/8AjlH/AApT4f8A/QA/8nbj/wCOUe1QWPi6ivtH/hSnw/8A+gB/5O3H/wAco/4U
p8P/APoAf+Ttx/8AHKPaoLHxdRX2j/wpT4f/APQA/wDJ24/+OUf8KU+H/wD0AP8AyduP/jlHtUFj4uor7R/4Up8P/wDoAf8Ak7cf
/HKP+FKfD/8A6AH/AJO3H/xyj2qCx8XUV9o/8KU+H/8A0AP/ACduP/jlH/ClPh//ANAD/wAnbj/45R7VBY+LqK+0f+FKfD//AKAH
/k7cf/HKP+FKfD//AKAH/k7cf/HKPaoLHxdRX2j/AMKU+H//AEAP/J24/wDjlH/ClPh//wBAD/yduP8A45R7VBY+LqK+0f8AhSnw
/wD+gB/5O3H/AMco/wCFKfD/AP6AH/k7cf8Axyj2qCx8XUV9o/8AClPh/wD9AD/yduP/AI5R/wAKU+H/AP0AP/J24/8AjlHtUFj4
uor7R/4Up8P/APoAf+Ttx/8AHKP+FKfD/wD6AH/k7cf/AByj2qCx8XUV9o/8KU+H/wD0AP8AyduP/jlH/ClPh/8A9AD/AMnbj/45
R7VBY+LqK+0f+FKfD/8A6AH/AJO3H/xyj/hSnw//AOgB/wCTtx/8co9qgsfF1FfaP/ClPh//ANAD/wAnbj/45R/wpT4f/wDQA/8A
J24/+OUe1QWPi6ivtH/hSnw//wCgB/5O3H/xyj/hSnw//wCgB/5O3H/xyj2qCx8XUV9o/wDClPh//wBAD/yduP8A45R/wpT4f/8A
QA/8nbj/AOOUe1QWPi6ivtH/AIUp8P8A/oAf+Ttx/wDHKP8AhSnw/wD+gB/5O3H/AMco9qgsfF1FfaP/AApT4f8A/QA/8nbj/wCO
Uf8AClPh/wD9AD/yduP/AI5R7VBY+LqK+0f+FKfD/wD6AH/k7cf/AByj/hSnw/8A+gB/5O3H/wAco9qgsfF1FfaP/ClPh/8A9AD/
AMnbj/45R/wpT4f/APQA/wDJ24/+OUe1QWPi6ivtH/hSnw//AOgB/wCTtx/8co/4Up8P/wDoAf8Ak7cf/HKPaoLHxdRX2j/wpT4f
/wDQA/8AJ24/+OUf8KU+H/8A0AP/ACduP/jlHtUFj4uor7R/4Up8P/8AoAf+Ttx/8co/4Up8P/8AoAf+Ttx/8co9qgsfF1FfaP8A
wpT4f/8AQA/8nbj/AOOUf8KU+H//AEAP/J24/wDjlHtUFj4uor7R/wCFKfD/AP6AH/k7cf8Axyj/AIUp8P8A/oAf+Ttx/wDHKPao
LHxdRX2j/wAKU+H/AP0AP/J24/8AjlH/AApT4f8A/QA/8nbj/wCOUe1QWPi6vtH9nn/kj2gf9vH/AKUSUf8AClPh/wD9AD/yduP/
AI5XaeHtE0/w7o9vpWjW/wBmsLfd5cW9n27mLHliSeWJ5NTOakrIaVjSooorIYUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFYWuf8faf7g/ma3awtd/4+0/3B/M1cNxPYz6KTNGa1JFopM0ZoAWikzRm
gBaKTNGaAFopM0ZoAWo5OlPzUcnShgjNvO9Ytx96tq871i3H3q4qp10iqetFB60VzHQFFFFIAooooAKKKKACiiigAooooAKKKKAC
iiigAooooAKKKKAHx1p2fasyOtOz7VtT3M57G1b9BVodKqW/QVaB4rvjscMtx1FJmjNUIWikzRmgBaKTNGaAFopM0ZoAWikzRmgB
a6ez/wCPSD/cX+Vcvmuos/8Aj0g/3F/lUVBomooorIoKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiii
gAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoo
ooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK
KKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKwtd/
4+0/65j+ZrdrB17/AI/E/wCuY/mauG4nsZ1FJmjNaki0UmaM0ALRSZozQAtFJmjNAC0UmaM0ALTJBxTs01+lDAzrscGsW5HNbl0O
DWNcjk1x1kdVIpN1pKVutJXKdIUUUUgCiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAkjHNadmOlZsQ5FatmOlbUlqZVN
jVgHAq0OlV4egqfNehHY4nuLRSZozTELRSZozQAtFJmjNAC0UmaM0ALRSZozQAtdTZ/8ekH/AFzX+Vcrmuqs/wDjzg/65r/KoqDR
NRRRWRQUUUUAFFFFABRRRQAUVxPjbxZfaFqsVtaRWzxvAJCZVYnJZh2I9BXPf8LG1f8A597D/vh//iqtQb1Fc9Xoryj/AIWNq/8A
z72H/fD/APxVH/CxtX/597D/AL4f/wCKp+zkFz1eivKP+Fjav/z72H/fD/8AxVH/AAsbV/8An3sP++H/APiqPZyC56vRXlH/AAsb
V/8An3sP++H/APiqP+Fjav8A8+9h/wB8P/8AFUezkFz1eivKP+Fjav8A8+9h/wB8P/8AFUf8LG1f/n3sP++H/wDiqPZyC56vRXlH
/CxtX/597D/vh/8A4qj/AIWNq/8Az72H/fD/APxVHs5Bc9Xoryj/AIWNq/8Az72H/fD/APxVH/CxtX/597D/AL4f/wCKo9nILnq9
FeUf8LG1f/n3sP8Avh//AIqj/hY2r/8APvYf98P/APFUezkFz1eivKP+Fjav/wA+9h/3w/8A8VR/wsbV/wDn3sP++H/+Ko9nILnq
9FeUf8LG1f8A597D/vh//iqP+Fjav/z72H/fD/8AxVHs5Bc9XorzPSPHuqXmq2VtLBZCOadI2Ko2QCwBx83vXplTKLjuO4UUUVIB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQ
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABWDr3/H4n/XMfzNb1YGv/APH4n/XM
fzNXDcT2M6im0VqSOoptFADqKbRQA6im0UAOoptFADqa3Sig9KAKdyODWNdDk1tzjisi7XrXNWR0UmZj9abT5BzTK4mdaCiiikAU
UUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFAooHWmBPCORWtaDpWZbjmti0XpXRRRhUZoRDgVNUUfSn13I42OoptFADqKbRQA6
im0UAOoptFADqKbRQA6uqsv+POD/AK5r/KuTrrLL/jzg/wCua/yqKg0TUUUVkUFFFFABRRRQAUUUUAeffEHw9qmra1DPp9r50S26
oW8xV+bcxxyR6iuY/wCEK8Qf9A//AMjR/wDxVdN8QvivofgTWodM1e01OaeW3W5VrWONlClmXBLOpzlD29K5j/hozwj/ANA7Xv8A
vxD/APHa2jKVtEJ2F/4QrxB/0D//ACNH/wDFUf8ACFeIP+gf/wCRo/8A4qk/4aM8I/8AQO17/vxD/wDHaP8Ahozwj/0Dte/78Q//
AB2nzT7Cshf+EK8Qf9A//wAjR/8AxVH/AAhXiD/oH/8AkaP/AOKpP+GjPCP/AEDte/78Q/8Ax2j/AIaM8I/9A7Xv+/EP/wAdo5p9
gshf+EK8Qf8AQP8A/I0f/wAVR/whXiD/AKB//kaP/wCKpP8Ahozwj/0Dte/78Q//AB2j/hozwj/0Dte/78Q//HaOafYLIX/hCvEH
/QP/API0f/xVH/CFeIP+gf8A+Ro//iqT/hozwj/0Dte/78Q//HaP+GjPCP8A0Dte/wC/EP8A8do5p9gshf8AhCvEH/QP/wDI0f8A
8VR/whXiD/oH/wDkaP8A+KpP+GjPCP8A0Dte/wC/EP8A8do/4aM8I/8AQO17/vxD/wDHaOafYLIX/hCvEH/QP/8AI0f/AMVR/wAI
V4g/6B//AJGj/wDiqT/hozwj/wBA7Xv+/EP/AMdo/wCGjPCP/QO17/vxD/8AHaOafYLIX/hCvEH/AED/APyNH/8AFUf8IV4g/wCg
f/5Gj/8AiqT/AIaM8I/9A7Xv+/EP/wAdo/4aM8I/9A7Xv+/EP/x2jmn2CyF/4QrxB/0D/wDyNH/8VR/whXiD/oH/APkaP/4qk/4a
M8I/9A7Xv+/EP/x2j/hozwj/ANA7Xv8AvxD/APHaOafYLIX/AIQrxB/0D/8AyNH/APFUf8IV4g/6B/8A5Gj/APiqT/hozwj/ANA7
Xv8AvxD/APHaP+GjPCP/AEDte/78Q/8Ax2jmn2CyL2ieENcttasJ57HbFFcRu7eahwoYEnhq9brxb/hozwj/ANA7Xv8AvxD/APHa
P+GjPCP/AEDte/78Q/8Ax2okpS3Q1ZHtNFeLf8NGeEf+gdr3/fiH/wCO0f8ADRnhH/oHa9/34h/+O1PJLsO57TRXi3/DRnhH/oHa
9/34h/8AjtH/AA0Z4R/6B2vf9+If/jtHJLsFz2mivFv+GjPCP/QO17/vxD/8do/4aM8I/wDQO17/AL8Q/wDx2jkl2C57TRXi3/DR
nhH/AKB2vf8AfiH/AOO0f8NGeEf+gdr3/fiH/wCO0ckuwXPaaK8W/wCGjPCP/QO17/vxD/8AHaP+GjPCP/QO17/vxD/8do5Jdgue
00V4t/w0Z4R/6B2vf9+If/jtH/DRnhH/AKB2vf8AfiH/AOO0ckuwXPaaK8W/4aM8I/8AQO17/vxD/wDHaP8Ahozwj/0Dte/78Q//
AB2jkl2C57TRXi3/AA0Z4R/6B2vf9+If/jtH/DRnhH/oHa9/34h/+O0ckuwXPaaK8W/4aM8I/wDQO17/AL8Q/wDx2j/hozwj/wBA
7Xv+/EP/AMdo5Jdgue00V4t/w0Z4R/6B2vf9+If/AI7R/wANGeEf+gdr3/fiH/47RyS7Bc9porxb/hozwj/0Dte/78Q//HaP+GjP
CP8A0Dte/wC/EP8A8do5Jdgue00V5Honx68L6xrVhpltYa0k97cR20bSQxBQzsFBJEhOMn0NeuUmmtwCiiikAUUUUAFFFFABRRRQ
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVga/wD8
fif9cx/M1v1z/iD/AI/E/wCuY/mauG4nsZuaM0lFaki5ozSUUALmjNJRQAuaM0lFAC5ozSUUALmjNJRQBDKMisu7XrWvIOKz7pet
ZVVoaU3qYcwwahq3cLg1VbrXnyWp2xYlFFFSUFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABTkFNqSMc00DLdsvIrYtl4FZ1q
vStWAYFdlGJyVWWU6U7NNHSlrqOcXNGaSigBc0ZpKKAFzRmkooAXNGaSigBc0ZpKKAFzXV2X/HnB/wBc1/lXJ11ll/x5wf8AXNf5
VFQaJ6KKKyKCiiigAooooAKKKKAPlD9q/wD5KJp3/YKj/wDR01eL17R+1f8A8lE07/sFR/8Ao6avF66ofCiXuFFFFUIKKKKACiii
gAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigDo/
ht/yUTwt/wBhW1/9HLX3pXwX8Nv+SieFv+wra/8Ao5a+9Kwq7lIKKKKyGFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQA
UUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFc94g/4/U/65j+Zroa57xD/AMfqf9cx/M1c
NxPYzM0ZoorUkM0ZoooAM0ZoooAM0ZoooAM0ZoooAM0ZoooARulVLhcg1bNQyrkVMldDi7MxLpOTVBxWxdR9azJlwa4akdTtpyK9
FBorA1CiiigAooooAKKKKACiiigAooooAKKKKACiiigAHWrMK5NQIOavWycitIK7Ik7F61TpWjGOKrW6YAq4vFd9NWRxTd2OozRR
WhAZozRRQAZozRRQAZozRRQAZozRRQAZozRRQAZrrbL/AI8rf/rmv8q5Kutsf+PK3/65r/KoqDRPRRRWRQUUUUAFFFFABRRRQB8o
ftX/APJRNO/7BUf/AKOmrxev0XorVVLK1hWPzoor9F6KftfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i
9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv
0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU/Oiiv0Xoo9r5Byn50U
V+i9FHtfIOU/Oiiv0Xoo9r5Byn50UV+i9FHtfIOU+C/ht/yUTwt/2FbX/wBHLX3pRRUSlzDSsFFFFQAUUUUAFFFFABRRRQAUUUUA
FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVzviL/j9T/rmP
5muirnfEX/H6n/XMfzNXDcT2MuijNGa1JCijNGaACijNGaACijNGaACijNGaACijNGaACkYUuaQ0AU7hMg1lXMeCa3JFyKz7mPrX
PVgb05GM4plWZkwarsMVxNWOtO4lFFFSMKKKKACiiigAooooAKKKKACiiigAoAoqRFyaaBkkK5NadrH0qtbx9K04EwK6qUDmqSJ4
lwKmpqjAp2a60rHKwoozRmmAUUZozQAUUZozQAUUZozQAUUZozQAUUZozQAV19j/AMeVv/1zX+Vchmuvsf8Ajyt/+ua/yqKg0T0U
UVkUFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUA
FFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRR
RQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFc74i/4/U/65j+Zroq5zxH/x/J/1zH8zVw3E9jLopKK1
JFopKKAFopKKAFopKKAFopKKAFopKKAFopKKABhVaZMirNMcZpNXGnYx7iLrVCRMGt2aPOazp4q46lM6qczNIoqV0wajIxXM1Y3T
uJRRRSGFFFFABRRRQAUUUUAFFFOVaYAq5q1BHk0kMea0LeLpW1OFzKc7ElvHirsa4FMjTAqYV2wjY5JSuOopKKsgWikooAWikooA
WikooAWikooAWikooAWikooAWuwsf+PK3/65r/KuOrsbD/jxt/8Armv8qioNE9FFFZFBRRRQAUUUUAFFFFABRXmfxM1K+s9egjtL
25gjNsrFYpWUE7n5wD7CuR/t3V/+gpf/APgQ/wDjWiptq4rnvVFeC/27q/8A0FL/AP8AAh/8aP7d1f8A6Cl//wCBD/40/ZMOY96o
rwX+3dX/AOgpf/8AgQ/+NH9u6v8A9BS//wDAh/8AGj2TDmPeqK8F/t3V/wDoKX//AIEP/jR/bur/APQUv/8AwIf/ABo9kw5j3qiv
Bf7d1f8A6Cl//wCBD/40f27q/wD0FL//AMCH/wAaPZMOY96orwX+3dX/AOgpf/8AgQ/+NH9u6v8A9BS//wDAh/8AGj2TDmPeqK8F
/t3V/wDoKX//AIEP/jR/bur/APQUv/8AwIf/ABo9kw5j3qivBf7d1f8A6Cl//wCBD/40f27q/wD0FL//AMCH/wAaPZMOY96orwX+
3dX/AOgpf/8AgQ/+NH9u6v8A9BS//wDAh/8AGj2TDmPeqK8F/t3V/wDoKX//AIEP/jR/bur/APQUv/8AwIf/ABo9kw5j3qivBf7d
1f8A6Cl//wCBD/40f27q/wD0FL//AMCH/wAaPZMOY96orxXw/rOqS69pscupXrxvcxqytOxDAsMgjNe1VEo8o07hRRRUgFFFFABR
RRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQA
UUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVzfiP/j+T/rmP5mukrm/En/H9H/1zH8zVw3E9jKz
RmkorUkXNGaSigBc0ZpKKAFzRmkooAXNGaSigBc0ZpKKAFzRmkooAXNBpKKAGOuaqzRZFXaY65qZRuUnYxp4sVSkXBranTis24XG
a46kLHVTlcpGinMKbXObhRRRSAKKKKACiigUAOUVZijzUUQya0LdOla043M5ysSQQ9KuxpikiTipwK7oQsccpXFAxS5pKK0IFzRm
kooAXNGaSigBc0ZpKKAFzRmkooAXNGaSigBc0ZpKKAFzRmkooAXNdlYf8eNv/wBc1/lXGV2dh/x42/8A1zX+VRUGieiiisigoooo
AKKKKACiiigDk/FnhD/hINRjuvt32fZEItvk784JOc7h61i/8K0/6i3/AJLf/Z1zHxt+K+ueBPFdppmkWmmTQS2SXLNdRyMwYySL
gFXUYwg7etee/wDDRni7/oHaD/34m/8AjtbR57aCdj2n/hWn/UW/8lv/ALOj/hWn/UW/8lv/ALOvFv8Ahozxd/0DtB/78Tf/AB2j
/hozxd/0DtB/78Tf/Hadpi0Paf8AhWn/AFFv/Jb/AOzo/wCFaf8AUW/8lv8A7OvFv+GjPF3/AEDtB/78Tf8Ax2j/AIaM8Xf9A7Qf
+/E3/wAdotMND2n/AIVp/wBRb/yW/wDs6P8AhWn/AFFv/Jb/AOzrxb/hozxd/wBA7Qf+/E3/AMdo/wCGjPF3/QO0H/vxN/8AHaLT
DQ9p/wCFaf8AUW/8lv8A7Oj/AIVp/wBRb/yW/wDs68W/4aM8Xf8AQO0H/vxN/wDHaP8Ahozxd/0DtB/78Tf/AB2i0w0Paf8AhWn/
AFFv/Jb/AOzo/wCFaf8AUW/8lv8A7OvFv+GjPF3/AEDtB/78Tf8Ax2j/AIaM8Xf9A7Qf+/E3/wAdotMND2n/AIVp/wBRb/yW/wDs
6P8AhWn/AFFv/Jb/AOzrxb/hozxd/wBA7Qf+/E3/AMdo/wCGjPF3/QO0H/vxN/8AHaLTDQ9p/wCFaf8AUW/8lv8A7Oj/AIVp/wBR
b/yW/wDs68W/4aM8Xf8AQO0H/vxN/wDHaP8Ahozxd/0DtB/78Tf/AB2i0w0Paf8AhWn/AFFv/Jb/AOzo/wCFaf8AUW/8lv8A7OvF
v+GjPF3/AEDtB/78Tf8Ax2j/AIaM8Xf9A7Qf+/E3/wAdotMND2n/AIVp/wBRb/yW/wDs6P8AhWn/AFFv/Jb/AOzrxb/hozxd/wBA
7Qf+/E3/AMdo/wCGjPF3/QO0H/vxN/8AHaLTDQ9p/wCFaf8AUW/8lv8A7Oj/AIVp/wBRb/yW/wDs68W/4aM8Xf8AQO0H/vxN/wDH
aP8Ahozxd/0DtB/78Tf/AB2i0w0PctN+Hv2LUbW6/tPf5EqS7fs+N20g4zu46V3tfKH/AA0Z4u/6B2g/9+Jv/jtH/DRni7/oHaD/
AN+Jv/jtS4Se47o+r6K+UP8Ahozxd/0DtB/78Tf/AB2j/hozxd/0DtB/78Tf/HaXs5Bc+r6K+UP+GjPF3/QO0H/vxN/8do/4aM8X
f9A7Qf8AvxN/8do9nILn1fRXyh/w0Z4u/wCgdoP/AH4m/wDjtH/DRni7/oHaD/34m/8AjtHs5Bc+r6K+UP8Ahozxd/0DtB/78Tf/
AB2j/hozxd/0DtB/78Tf/HaPZyC59X0V8of8NGeLv+gdoP8A34m/+O0f8NGeLv8AoHaD/wB+Jv8A47R7OQXPq+ivlD/hozxd/wBA
7Qf+/E3/AMdo/wCGjPF3/QO0H/vxN/8AHaPZyC59X0V8of8ADRni7/oHaD/34m/+O0f8NGeLv+gdoP8A34m/+O0ezkFz6vor5Q/4
aM8Xf9A7Qf8AvxN/8do/4aM8Xf8AQO0H/vxN/wDHaPZyC59X0V8of8NGeLv+gdoP/fib/wCO0f8ADRni7/oHaD/34m/+O0ezkFz6
vor5Q/4aM8Xf9A7Qf+/E3/x2j/hozxd/0DtB/wC/E3/x2j2cgufV9FfKH/DRni7/AKB2g/8Afib/AOO0f8NGeLv+gdoP/fib/wCO
0ezkFz6vor5Q/wCGjPF3/QO0H/vxN/8AHaP+GjPF3/QO0H/vxN/8do9nILn1fRXyh/w0Z4u/6B2g/wDfib/47R/w0Z4u/wCgdoP/
AH4m/wDjtHs5Bc+r6K+UP+GjPF3/AEDtB/78Tf8Ax2j/AIaM8Xf9A7Qf+/E3/wAdo9nILn1fRXyh/wANGeLv+gdoP/fib/47R/w0
Z4u/6B2g/wDfib/47R7OQXPq+ivlD/hozxd/0DtB/wC/E3/x2us+Ffxp8ReLfHml6JqVlpMVpdebveCKRXG2J3GCZCOqjtSdNoLn
0HRRRUDCiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKK
KKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigArmvEv8Ax/R/
9cx/M10tc14l/wCP6P8A65j+Zq4biexlZozSUVqSLmjNJRQAuaM0lFAC5ozSUUALmjNJRQAuaM0lFAC5ozSUUALmjNJRQAuaRulF
IelAFeccGsy571qTdDWXc965qp0Uii9Mp70yuJnWgooopAFFFFABQOtFA60wLEPWtO2HSsyHqK1LbtXTROeqXkp+aYlPrtRyC5oz
SUUALmjNJRQAuaM0lFAC5ozSUUALmjNJRQAuaM0lFAC5ozSUUALmjNJRQAua7Kw/48bb/rmv8hXGV2dh/wAeNt/1zX+QqKg0WKKK
KyKCiiigAooooAKKKKAPlD9q/wD5KJp3/YKj/wDR01eL17R+1f8A8lE07/sFR/8Ao6avF66ofCiXuFFFFUIKKKKACiiigAooooAK
KKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACvRv2ef+Sw6B/wBvH/pPJXnNejfs8/8AJYdA/wC3j/0nkqZbMEfaNFFFcpYUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRR
RQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFcz4m/4/4/8ArkP5mumrmfE3/H/H/wBch/M1cNxPYyaK
TNGa1JFopM0ZoAWikzRmgBaKTNGaAFopM0ZoAWikzRmgBaKTNGaAFopM00uBQA+mk8VC8wHeoJLoDvTAlmYYrNuDyadLdg96qSTB
q5axvSI3plKTmkriZ2IKKKKQBRRRQAUDrRQKYFiHrWlbEYFZCvg1ZiuQveumic9U3EIp9ZkV2vrVlLgHvXajkZboqJZAaeGzQA6i
kzRmgBaKTNGaAFopM0ZoAWikzRmgBaKTNGaAFopM0ZoAWikzRmgBa7TT/wDjwtv+uS/yFcVmu10//jwtv+uS/wAhUVBosUUUVkUF
FFFABRRRQAUUUUAfPn7Qfw88UeLfGdlf+H9L+12kenpAz/aIo8OJJGIw7A9GH515j/wpT4gf9AD/AMnbf/45X2jRWiqNKwrHxd/w
pT4gf9AD/wAnbf8A+OUf8KU+IH/QA/8AJ23/APjlfaNFP2rCx8Xf8KU+IH/QA/8AJ23/APjlH/ClPiB/0AP/ACdt/wD45X2jRR7V
hY+Lv+FKfED/AKAH/k7b/wDxyj/hSnxA/wCgB/5O2/8A8cr7Roo9qwsfF3/ClPiB/wBAD/ydt/8A45R/wpT4gf8AQA/8nbf/AOOV
9o0Ue1YWPi7/AIUp8QP+gB/5O2//AMco/wCFKfED/oAf+Ttv/wDHK+0aKPasLHxd/wAKU+IH/QA/8nbf/wCOUf8AClPiB/0AP/J2
3/8AjlfaNFHtWFj4u/4Up8QP+gB/5O2//wAco/4Up8QP+gB/5O2//wAcr7Roo9qwsfF3/ClPiB/0AP8Aydt//jlH/ClPiB/0AP8A
ydt//jlfaNFHtWFj4u/4Up8QP+gB/wCTtv8A/HKP+FKfED/oAf8Ak7b/APxyvtGij2rCx8Xf8KU+IH/QA/8AJ23/APjlH/ClPiB/
0AP/ACdt/wD45X2jRR7VhY+Lv+FKfED/AKAH/k7b/wDxyj/hSnxA/wCgB/5O2/8A8cr7Roo9qwsfF3/ClPiB/wBAD/ydt/8A45R/
wpT4gf8AQA/8nbf/AOOV9o0Ue1YWPi7/AIUp8QP+gB/5O2//AMco/wCFKfED/oAf+Ttv/wDHK+0aKPasLHxd/wAKU+IH/QA/8nbf
/wCOUf8AClPiB/0AP/J23/8AjlfaNFHtWFj4u/4Up8QP+gB/5O2//wAco/4Up8QP+gB/5O2//wAcr7Roo9qwsfF3/ClPiB/0AP8A
ydt//jlH/ClPiB/0AP8Aydt//jlfaNFHtWFj4u/4Up8QP+gB/wCTtv8A/HKP+FKfED/oAf8Ak7b/APxyvtGij2rCx8Xf8KU+IH/Q
A/8AJ23/APjlH/ClPiB/0AP/ACdt/wD45X2jRR7VhY+Lv+FKfED/AKAH/k7b/wDxyj/hSnxA/wCgB/5O2/8A8cr7Roo9qwsfF3/C
lPiB/wBAD/ydt/8A45R/wpT4gf8AQA/8nbf/AOOV9o0Ue1YWPi7/AIUp8QP+gB/5O2//AMco/wCFKfED/oAf+Ttv/wDHK+0aKPas
LHxd/wAKU+IH/QA/8nbf/wCOUf8AClPiB/0AP/J23/8AjlfaNFHtWFj4u/4Up8QP+gB/5O2//wAco/4Up8QP+gB/5O2//wAcr7Ro
o9qwsfF3/ClPiB/0AP8Aydt//jlH/ClPiB/0AP8Aydt//jlfaNFHtWFj4u/4Up8QP+gB/wCTtv8A/HKP+FKfED/oAf8Ak7b/APxy
vtGij2rCx8Xf8KU+IH/QA/8AJ23/APjlH/ClPiB/0AP/ACdt/wD45X2jRR7VhY+Lv+FKfED/AKAH/k7b/wDxyu0+Dfwv8YeHfiRo
+q6zo/2awt/O8yX7TC+3dC6jhXJPLAcCvp2ik6jegWCiiisxhRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAVzHif/AI/4/wDrkP5munrmPE//AB/x/wDXIfzNXDcT2MiikzRmtSRaKTNGaAFopM0ZoAWi
kzRmgBaKTNGaAFopM01mxQA/NMZwKglnCjrWfc3oXPNMDQkuAveqU96BnmsW71IDPNY11qZOcGnYDobjUgM/NWbPqnX5q5ufUCc8
1Se7JPWnYdjqRqO49atQXG/vXI285LDmt2wkyBXLWRvTN1DkU+q8UgxUu8etcLR1Jj6KZvHrRvHrSsO4+imbx60bx60WC4+kNN3j
1pDIMUWC4yaTbVCW82HrUt1JwawL6bBPNdVFGFQ2Y9TwfvVet9UB/irhWuSG61NDekd67kjkZ6Pb6gD3rQhuw3evObbUiMc1sWmp
9OaLCO4SUHvUobNc3a6gGxzWpBdBu9KwGjRUSSA1IDSAWikzRmgBaKTNGaAFopM0ZoAWikzRmgBaKTNGaAFrttP/AOPC2/65L/IV
xGa7fT/+PC2/65L/ACFRUGixRRRWRQUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVy/if/AI/4/wDrkP5m
uorl/FH/ACEI/wDrkP5mrhuJ7GRRSUVqSLRSUUALRSUUALRSUUALSE0hOKgllCigCR5ABVG5ugueaq3l4FB5rn7/AFHrg07AaF7q
IGeawrzUiSeazLy+LE81lzXBY9aqwy9c3xYnmqEtwW71XZyaYTTGPaQmmg0lFAFq3fBFbNncbQOa59GxVmOcjvWU4XLjKx1Md4AO
tSfbB61zAuj60v2o+tY+wNPaHTfbB60fbB61zP2o+tH2o+tL2A/aHTfbB60fbB61zP2o+tH2o+tHsA9odN9sHrSG8HrXNfaj60fa
j60ewF7Q27i6BB5rHu5dxNQvck96rSSZrWFOxEp3GOeaaGIpCaStzMmSYjvVuG7K96zqUNigDpLXUCMc1uWWpdMmuEjlI71etrsq
RzSsI9KtL4MBzWpDOGHWvPLHUSMc10VjqAYDmlYR1StmnVnW1yGA5q6j5FICSim0tIBaKSigBaKSigBaKSigBa7fT/8Ajwtv+uS/
yFcPXcad/wAg+2/65L/IVFQaLFFFFZFBRRRQAUUUUAFFFFAFS71Kxs5BHd3ttBIRuCyyqpI9cE+xqD+3dI/6Clh/4EJ/jXnXxX/5
GK3/AOvVf/Q3ri62jTTVxNnvP9u6R/0FLD/wIT/Gj+3dI/6Clh/4EJ/jXg1FP2SFzHvP9u6R/wBBSw/8CE/xo/t3SP8AoKWH/gQn
+NeDUUeyQcx7z/bukf8AQUsP/AhP8aP7d0j/AKClh/4EJ/jXg1FHskHMe8/27pH/AEFLD/wIT/Gj+3dI/wCgpYf+BCf414NRR7JB
zHvP9u6R/wBBSw/8CE/xo/t3SP8AoKWH/gQn+NeDUUeyQcx7z/bukf8AQUsP/AhP8antNSsbyQx2l7bTyAbisUqsQPXAPuK+f67T
4Uf8jFcf9erf+hpUyppK47nq9FFFZDCiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigArlvFP/IQj/65D+Zrqa5bxT/yEI/+uQ/mauG4nsY+aM0lFaki5ozSUUALmjNJRQAuaQnFITiq88u0
HmmATzBR1rHvr0KDzTL+8Cg81zGo3xJPNNICXUNQznBrAurssTzUVzcFieapO+TTGOkkLVETmiimMKKKKACiiigApc0lFAC7jRuN
JRQAu40bjSUUALuNG40lFAC7jRuNJRQAu6kzRRQAUUUUAFFFFABTlYim0UAW4Jyp61sWN8VI5rnQcVNFKVNAj0DT9QzjmuhtbkMB
zXmlleFSOa6bTb/OMmpaEdojgipM1lWlyGA5rRR8ikBJmjNJRSAXNGaSigBc0ZpKKAFzXc6d/wAg+1/65L/IVwtd1p3/ACD7X/rk
v8hUVBosUUUVkUFFFFABRRRQAUUUUAZOreHtL1a5WfULXzpVQIG8xl+XJOOCPU1S/wCEK8P/APQP/wDI0n/xVeE/tM+JNc0fx5YW
+ka1qdhA2mxyNHa3UkSljLKNxCkDOABn2FeSf8J14u/6GnXv/BhN/wDFVtGMmtGJs+0f+EK8P/8AQP8A/I0n/wAVR/whXh//AKB/
/kaT/wCKr4u/4Trxd/0NOvf+DCb/AOKo/wCE68Xf9DTr3/gwm/8AiqfJLuK6PtH/AIQrw/8A9A//AMjSf/FUf8IV4f8A+gf/AORp
P/iq+Lv+E68Xf9DTr3/gwm/+Ko/4Trxd/wBDTr3/AIMJv/iqOSXcLo+0f+EK8P8A/QP/API0n/xVH/CFeH/+gf8A+RpP/iq+Lv8A
hOvF3/Q069/4MJv/AIqj/hOvF3/Q069/4MJv/iqOSXcLo+0f+EK8P/8AQP8A/I0n/wAVR/whXh//AKB//kaT/wCKr4u/4Trxd/0N
Ovf+DCb/AOKo/wCE68Xf9DTr3/gwm/8AiqOSXcLo+0f+EK8P/wDQP/8AI0n/AMVR/wAIV4f/AOgf/wCRpP8A4qvi7/hOvF3/AENO
vf8Agwm/+Ko/4Trxd/0NOvf+DCb/AOKo5Jdwuj7R/wCEK8P/APQP/wDI0n/xVXdJ8PaXpNy0+n2vkyshQt5jN8uQcck+gr4h/wCE
68Xf9DTr3/gwm/8AiqP+E68Xf9DTr3/gwm/+Kpcku4XR96UV8F/8J14u/wChp17/AMGE3/xVH/CdeLv+hp17/wAGE3/xVL2THzH3
pRXwX/wnXi7/AKGnXv8AwYTf/FUf8J14u/6GnXv/AAYTf/FUeyYcx96UV8F/8J14u/6GnXv/AAYTf/FUf8J14u/6GnXv/BhN/wDF
UeyYcx96UV8F/wDCdeLv+hp17/wYTf8AxVH/AAnXi7/oade/8GE3/wAVR7JhzH3pRXwX/wAJ14u/6GnXv/BhN/8AFUf8J14u/wCh
p17/AMGE3/xVHsmHMfelFfBf/CdeLv8Aoade/wDBhN/8VR/wnXi7/oade/8ABhN/8VR7JhzH3pRXwX/wnXi7/oade/8ABhN/8VR/
wnXi7/oade/8GE3/AMVR7JhzH3pRXwX/AMJ14u/6GnXv/BhN/wDFUf8ACdeLv+hp17/wYTf/ABVHsmHMfelFfBf/AAnXi7/oade/
8GE3/wAVR/wnXi7/AKGnXv8AwYTf/FUeyYcx96UV8F/8J14u/wChp17/AMGE3/xVH/CdeLv+hp17/wAGE3/xVHsmHMfelFfBf/Cd
eLv+hp17/wAGE3/xVH/CdeLv+hp17/wYTf8AxVHsmHMfelFfBf8AwnXi7/oade/8GE3/AMVR/wAJ14u/6GnXv/BhN/8AFUeyYcx9
6UV8F/8ACdeLv+hp17/wYTf/ABVH/CdeLv8Aoade/wDBhN/8VR7JhzH3pRXwX/wnXi7/AKGnXv8AwYTf/FUf8J14u/6GnXv/AAYT
f/FUeyYcx96UV8F/8J14u/6GnXv/AAYTf/FUf8J14u/6GnXv/BhN/wDFUeyYcx96UV8F/wDCdeLv+hp17/wYTf8AxVH/AAnXi7/o
ade/8GE3/wAVR7JhzH3pRXwX/wAJ14u/6GnXv/BhN/8AFUf8J14u/wChp17/AMGE3/xVHsmHMfelFfBf/CdeLv8Aoade/wDBhN/8
VR/wnXi7/oade/8ABhN/8VR7JhzH3pRXwX/wnXi7/oade/8ABhN/8VR/wnXi7/oade/8GE3/AMVR7JhzH3pRXwX/AMJ14u/6GnXv
/BhN/wDFUf8ACdeLv+hp17/wYTf/ABVHsmHMfelFfBf/AAnXi7/oade/8GE3/wAVR/wnXi7/AKGnXv8AwYTf/FUeyYcx96UV8F/8
J14u/wChp17/AMGE3/xVH/CdeLv+hp17/wAGE3/xVHsmHMfelFYHgCea68B+G7i5lkmnl022kkkkYszsYlJYk8kk85rfrMYUUUUg
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiii
gAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK5XxV/wAhCP8A65D+Zrqq5XxV/wAh
CP8A65D+Zq4biexjUUZozWpIUUZozQAUE0ZqOR8CgBk0m0GsbULvaDzU1/c7Qea5XVL3JPNUgIdSvck81z1zOWJ5p13OWJ5qizZN
MYM2TTaKKYwooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoBxRRQBNFIVNa1jdlSOawwamh
kKmgDvtMvc45rpLS4DAc15vp92VI5rq9MvMgc1LRJ1itkU6qdtLuA5q2DkVIC0UZozQAUUZozQAV3Wnf8g+1/wCuS/yFcLmu607/
AJB9r/1yX+QqKg0WaKKKyKCiiigAooooAKKKKAPlD9q//komnf8AYKj/APR01eL17R+1f/yUTTv+wVH/AOjpq8Xrqh8KJe4UUUVQ
gooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooo
oAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigD70+G3/JO/C3/YKtf/RK10dc58Nv+Sd+Fv8AsFWv/ola6OuR7lhRRRSA
KKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKK
ACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigArlPFf/IRj/wCuQ/ma6uuU8V/8hGP/
AK5D+Zq4biexjUUmaM1qSLRSZozQAjHAqjeTbQeasTvtBrA1O52g800Bn6rd9ea5S+uCxPNXNSuck81hzPk1Q0MdsmmUUUxhRRRQ
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFAOKKKALNvKVI5roNMu8Ec1y6nBq/Z
zbWHNAHo+nXW4DmtuF9wFcNpV10Ga6uym3KOahkmnS0xTkU7NIBaKTNGaAFru9N/5B1r/wBck/kK4PNd5pv/ACDrX/rkn8hUVBos
0UUVkUFFFFABRRRQAUUUUAeUfFj4Qf8ACf8AiK31X+3P7P8AJtVtvK+yebnDu27O9f7+MY7VxX/DM/8A1Nn/AJTf/ttfRlFWpyWg
WPnP/hmf/qbP/Kb/APbaP+GZ/wDqbP8Aym//AG2voyij2khWR85/8Mz/APU2f+U3/wC20f8ADM//AFNn/lN/+219GUUe0kFkfOf/
AAzP/wBTZ/5Tf/ttH/DM/wD1Nn/lN/8AttfRlFHtJBZHzn/wzP8A9TZ/5Tf/ALbR/wAMz/8AU2f+U3/7bX0ZRR7SQWR85/8ADM//
AFNn/lN/+20f8Mz/APU2f+U3/wC219GUUe0kFkfOf/DM/wD1Nn/lN/8AttH/AAzP/wBTZ/5Tf/ttfRlFHtJBZHzn/wAMz/8AU2f+
U3/7bR/wzP8A9TZ/5Tf/ALbX0ZRR7SQWR85/8Mz/APU2f+U3/wC20f8ADM//AFNn/lN/+219GUUe0kFkfOf/AAzP/wBTZ/5Tf/tt
H/DM/wD1Nn/lN/8AttfRlFHtJBZHzn/wzP8A9TZ/5Tf/ALbR/wAMz/8AU2f+U3/7bX0ZRR7SQWR85/8ADM//AFNn/lN/+20f8Mz/
APU2f+U3/wC219GUUe0kFkfOf/DM/wD1Nn/lN/8AttH/AAzP/wBTZ/5Tf/ttfRlFHtJBZHzn/wAMz/8AU2f+U3/7bR/wzP8A9TZ/
5Tf/ALbX0ZRR7SQWR85/8Mz/APU2f+U3/wC20f8ADM//AFNn/lN/+219GUUe0kFkfOf/AAzP/wBTZ/5Tf/ttH/DM/wD1Nn/lN/8A
ttfRlFHtJBZHzn/wzP8A9TZ/5Tf/ALbR/wAMz/8AU2f+U3/7bX0ZRR7SQWR85/8ADM//AFNn/lN/+20f8Mz/APU2f+U3/wC219GU
Ue0kFkfOf/DM/wD1Nn/lN/8AttH/AAzP/wBTZ/5Tf/ttfRlFHtJBZHzn/wAMz/8AU2f+U3/7bR/wzP8A9TZ/5Tf/ALbX0ZRR7SQW
R85/8Mz/APU2f+U3/wC20f8ADM//AFNn/lN/+219GUUe0kFkfOf/AAzP/wBTZ/5Tf/ttH/DM/wD1Nn/lN/8AttfRlFHtJBZHzn/w
zP8A9TZ/5Tf/ALbR/wAMz/8AU2f+U3/7bX0ZRR7SQWR85/8ADM//AFNn/lN/+20f8Mz/APU2f+U3/wC219GUUe0kFkfOf/DM/wD1
Nn/lN/8AttH/AAzP/wBTZ/5Tf/ttfRlFHtJBZHzn/wAMz/8AU2f+U3/7bR/wzP8A9TZ/5Tf/ALbX0ZRR7SQWR85/8Mz/APU2f+U3
/wC20f8ADM//AFNn/lN/+219GUUe0kFkfOf/AAzP/wBTZ/5Tf/ttH/DM/wD1Nn/lN/8AttfRlFHtJBZHzn/wzP8A9TZ/5Tf/ALbR
/wAMz/8AU2f+U3/7bX0ZRR7SQWRm+G9M/sXw7peled5/2G1itvN27d+xAu7GTjOM4ya0qKKgYUUUUAFFFFABRRRQAUUUUAFFFFAB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQ
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVyfiz/kIx/9ch/M11lcn4s/5CMf/XIfzNXDcT2MWikorUkWmucC
lqGd8KaAKV9NtU81yWrXPXmtnVLjAPNcfqU+SeapAjOu5dzGqROTUkrZNR1RQUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFF
FFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFSRNg1HQOtAG9ptxgjmuw0u4yBzXn1pJhhXUaTccjmkxM7qB8qKnrL
sZdyitJTkVIh1FJRSAWu903/AJB1r/1yT+Qrga77Tf8AkHWv/XJP5CoqDRZooorIoKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAK5Lxb/yEY/+uQ/ma62uS8W/8hKP/rkP5tVw3E9jFzRmkorUkCeKoXsmFNXJDgVjalLhTTA5/V5+vNcreSZY
1sarLkmufnbLGqQ0QnrRRRTGFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAU
UUUAFFFFABRRRQBJE2DW5pk2COawFODWjYyYYUAd/pc2QOa34myBXH6RNwK6m1fKioZJczRmmilpALmu+0z/AJB1r/1yT+QrgK7/
AEz/AJBtp/1yT+QqKg0WaKKKyKCiiigAooooAKKKKAOe8Q+LLHQr1La7iuXkeMSAxKpGCSO5HoazP+FjaR/z73//AHwn/wAVXOfF
f/kYrf8A69V/9DeuLreME1cls9X/AOFjaR/z73//AHwn/wAVR/wsbSP+fe//AO+E/wDiq8oop+ziFz1f/hY2kf8APvf/APfCf/FU
f8LG0j/n3v8A/vhP/iq8ooo9nELnq/8AwsbSP+fe/wD++E/+Ko/4WNpH/Pvf/wDfCf8AxVeUUUeziFz1f/hY2kf8+9//AN8J/wDF
Uf8ACxtI/wCfe/8A++E/+Kryiij2cQuer/8ACxtI/wCfe/8A++E/+Ko/4WNpH/Pvf/8AfCf/ABVeUUUeziFz1f8A4WNpH/Pvf/8A
fCf/ABVH/CxtI/597/8A74T/AOKryiij2cQuer/8LG0j/n3v/wDvhP8A4qj/AIWNpH/Pvf8A/fCf/FV5RRR7OIXPV/8AhY2kf8+9
/wD98J/8VR/wsbSP+fe//wC+E/8Aiq8ooo9nELnq/wDwsbSP+fe//wC+E/8AiqP+FjaR/wA+9/8A98J/8VXlFFHs4hc9X/4WNpH/
AD73/wD3wn/xVH/CxtI/597/AP74T/4qvKKKPZxC56v/AMLG0j/n3v8A/vhP/iqP+FjaR/z73/8A3wn/AMVXlFFHs4hc9x8OeI7T
xB9o+xxzp5G3d5qgZ3ZxjBPoa2q85+EP/MW/7Y/+z16NWM1Z2RSCiiipAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACuR8Xf8hKP/rkP5tXXVyPi7/kJR/8AXEfzarhuJ7GJmjNJQa1JIZ2wprndWlwGrdumwprltXk600BzWoyZ
Y1kOcmr182WNZ561ZQUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAVZtmwwqtUsJwRQB1ekS8iuwsHyorg9KfDCuy018qKlkm4p4pc1HGeKfUgLmvQNM/5Btp/1yT+Qrz6vQNM/5Btp
/wBcU/kKioNFqiiisigooooAKKKKACiiigDJ1bxJoej3K2+r61plhOyCRY7q6jiYqSRuAYg4yCM+xql/wnXhH/oadB/8GEP/AMVX
zn+1f/yUTTv+wVH/AOjpq8XraNNNXE2fen/CdeEf+hp0H/wYQ/8AxVH/AAnXhH/oadB/8GEP/wAVXwXRT9khcx96f8J14R/6GnQf
/BhD/wDFUf8ACdeEf+hp0H/wYQ//ABVfBdFHskHMfen/AAnXhH/oadB/8GEP/wAVR/wnXhH/AKGnQf8AwYQ//FV8F0UeyQcx96f8
J14R/wChp0H/AMGEP/xVH/CdeEf+hp0H/wAGEP8A8VXwXRR7JBzH3p/wnXhH/oadB/8ABhD/APFUf8J14R/6GnQf/BhD/wDFV8F0
UeyQcx96f8J14R/6GnQf/BhD/wDFUf8ACdeEf+hp0H/wYQ//ABVfBdFHskHMfen/AAnXhH/oadB/8GEP/wAVR/wnXhH/AKGnQf8A
wYQ//FV8F0UeyQcx96f8J14R/wChp0H/AMGEP/xVH/CdeEf+hp0H/wAGEP8A8VXwXRR7JBzH3p/wnXhH/oadB/8ABhD/APFUf8J1
4R/6GnQf/BhD/wDFV8F0UeyQcx96f8J14R/6GnQf/BhD/wDFUf8ACdeEf+hp0H/wYQ//ABVfBdFHskHMfoVpOradrFs1xpF/aX8C
uY2ktZllUMADtJUkZwQce4q7Xi37KH/JO9R/7Csn/omGvaaxkrOxQUUUUgCiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAK5Dxf8A8hKL/riP/Qmrr65Dxf8A8hKL/riP/Qmq4biexh0HpSZpGPFaklK9b5TXJaw/Jrqb4/Ka
5DV25NUgObuzljVSrFyfmNV6ooKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKdH1ptKnWgDb01sMK7PS2+UVw+nH5hXZaS3ApMTOkiPy1JUEB+UVNmpELXoOmf8g20/wCuKf8AoIrz
3NehaX/yDbT/AK4p/wCgis6g0WqKKKyKCiiigAooooAKKKKAPlD9q/8A5KJp3/YKj/8AR01eL17R+1f/AMlE07/sFR/+jpq8Xrqh
8KJe4UUUVQgooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigD6u/ZQ/wCSd6j/ANhWT/0TDXtNeLfsof8AJO9R/wCw
rJ/6Jhr2muWfxMtBRRRUgFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFF
FABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAVx/jD/kJxf8A
XEf+hNXYUVUXZgzzOmt0r06iq9oLlPHr/wC6a4/Vzya+kaKftPILHyVcfeNQV9eUU/a+Q7HyHRX15RR7XyCx8h0V9eUUe18gsfId
FfXlFHtfILHyHRX15RR7XyCx8h0V9eUUe18gsfIdFfXlFHtfILHyHRX15RR7XyCx8h0V9eUUe18gsfIdFfXlFHtfILHyHRX15RR7
XyCx8h0V9eUUe18gsfIdFfXlFHtfILHyHRX15RR7XyCx8h0V9eUUe18gsfIdFfXlFHtfILHyHRX15RR7XyCx8h0V9eUUe18gsfId
FfXlFHtfILHyHSr1r67oo9r5BY+WNP8AvCuw0k8Cvd6KXtfIVjyy3+6Knr0yil7QOU8zr0LS/wDkGWn/AFxT/wBBFWqKmUrglYKK
KKkYUUUUAFFFFABRRRQByfiz4eeF/Fuox3/iDS/td3HEIFf7RLHhASwGEYDqx/OsX/hSnw//AOgB/wCTtx/8cr0ainzPuB5z/wAK
U+H/AP0AP/J24/8AjlH/AApT4f8A/QA/8nbj/wCOV6NRT5n3Cx5z/wAKU+H/AP0AP/J24/8AjlH/AApT4f8A/QA/8nbj/wCOV6NR
RzPuFjzn/hSnw/8A+gB/5O3H/wAco/4Up8P/APoAf+Ttx/8AHK9Goo5n3Cx5z/wpT4f/APQA/wDJ24/+OUf8KU+H/wD0AP8AyduP
/jlejUUcz7hY85/4Up8P/wDoAf8Ak7cf/HKP+FKfD/8A6AH/AJO3H/xyvRqKOZ9wsec/8KU+H/8A0AP/ACduP/jlH/ClPh//ANAD
/wAnbj/45Xo1FHM+4WPOf+FKfD//AKAH/k7cf/HKP+FKfD//AKAH/k7cf/HK9Goo5n3Cx5z/AMKU+H//AEAP/J24/wDjlH/ClPh/
/wBAD/yduP8A45Xo1FHM+4WPOf8AhSnw/wD+gB/5O3H/AMco/wCFKfD/AP6AH/k7cf8AxyvRqKOZ9wsec/8AClPh/wD9AD/yduP/
AI5R/wAKU+H/AP0AP/J24/8AjlejUUcz7hYxfCfhfR/CWnSWHh+z+yWkkpnZPNeTLkBScuSeij8q2qKKQBRRRSAKKKKACiiigAoo
ooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK
KKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiii
gAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoo
ooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK
KKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiii
gAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoo
ooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAK
KKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiii
gAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoo
ooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooqO4mitoJJ7iRIoYlLvI7BVRQMkkngADvTAko
rg7n4s+ELe6liOp744pVieaNCyBiJDkAfMyjywCygj94nPJx3FvNFcwRz28iSwyqHSRGDK6kZBBHBBHetKlGpTs5xauJST2ZJRRR
WQwoorE1/wAVaF4fdE1nVLW0ldS6xu+XKgMc7Rzj5GAOOTgDJIBqMJTdoq7BtLc26Kjt5ormCOe3kSWGVQ6SIwZXUjIII4II71JS
AKKKKQBRRRQAUUUUAFFFFABRRVDW9Y07Q7B73V7yG0tlz88rY3HBO1R1ZsA4UZJxwKaTk7IL2L9FUNO1jTtSur62sLyG4uLGXybl
I2yYnxnB/UfUMOoIF+hpxdmF7hRRWD/wmHh7+1f7N/tiy+3/AGn7H5HmDd5u3O3H6Z6bvlzu4pxhKXwq4Npbm9RRRUgFFFFABRVe
8vLWxjEl7cw28ZzhpZAg4UseT6KrMfZSe1WKdgCiiikAUVmaPr2k6ym7StRtbsbpEHlSAkmMgPgdSAWXnphlPRgTp1UouLs1YE77
BRRRUgFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFF
FFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQ
AUUVieMfEVn4W8P3WqXzoBEpEUTNtM0mDtjHBOSR6HAyTwDVRi5yUYrVg3ZXZx/xJ+J//CL6zFomkab/AGnq00QIAk4ikbiNSigs
zHrt+U4K4Pzccrb+BvGnxBnjvPHOpPpumFhIlggwwGcjEY+VDtd13PlxjBBqh8D9AufFnie88ZeIJ3untp8RmQKwln29SP4QgKFQ
AACVwRtxX0JXq16kcC1Sopc6Wst9fIwinV96W3Y4qz+F/hC20Y6adGhnjbBeeUkzswxz5gwy52jIUgcnjk15/ceBvGnw+nkvPA2p
PqWmBjI9g4yxGcnMZ+VztRF3JhznAAr3WiuSnjqsG+Z8ye6eqLdKL20PHbH496E9qjX+lanDcnO+OERyoOeMMWUnjH8I/rUlx8ev
DqwSG303V5JgpKI6RorNjgFg5IGe+D9DXrUcMUTyvFGiPK2+RlUAu2AuT6nCqM+gA7VJVOthb39k/wDwL/gByz/m/A8KbVPif8QI
E/sq1TQNImZilwHMLMmA6EucyEYwA0agNuOeM429G+Bfh61tXXVLq9v7l4mjMisIURieHRRkhgP7zMDzkdh61RTlj6iXLRXIvL9X
uJUlvLU8D8Pa3q3wh8QL4f8AE7Pc+Grhi1rdopIjBPLqOTjJ+ePkgncM5+f3i3miuYI57eRJYZVDpIjBldSMggjggjvWZ4p8Pad4
n0abTNXh8y3k5Vl4eJx0dD2YZ/mDkEg+H2h+Ifw+v5vCei2/9p29zuexn8gyLGpOC6HOEwzqWD5VSQejZbVxhjlzJqNTr0T8/XuT
d0tN0e8a3rGnaHYPe6veQ2lsufnlbG44J2qOrNgHCjJOOBXm9x8dfC0U8kaW2rzIjFRKkKBXAP3hucHB68gH2FZuifCPUdcv01f4
i6tNd3LYb7JFJnaMhtjP0VclwUQADOVavR7fwR4WggjhTw7pBSNQgL2iOxAGOWYEk+5JJqOXCUdJtzflov8AglXqS20OH/4Xz4Y/
58Na/wC/MX/xytq3+MHgqWCOR9WeF3UMYntZSyEj7p2qRkdOCR7mui/4Q3wx/wBC5ov/AIAxf/E1HceCPC08EkL+HdICSKUJS0RG
AIxwygEH3BBFS54N/ZkvmgSqd0T2/izw7czxwW+v6RLNKwRI0vI2Z2JwAAGyST2rbrzu++Dngy5tXih06a0kbGJobqQuvOeA5Zee
nIPWsn/hQ3hj/n/1r/v9F/8AG6n2eFltNr1X+THeoun4nq1xNFbQST3EiRQxKXeR2CqigZJJPAAHeuH134s+ENI89P7T+3XEW391
ZIZd+cfdfiM4Byfm7EdeK51vgL4d89CupauIQrBkLxli2RtIbZgADdkYOcjkY57TQ/h94V0Ofz9O0S1WbcrrJNumZGU5BQuWKnPc
Y7egpqOEhq5OXorffv8AgF6j6WPOH+IvjbxlJdR+AdC8iyTKi7lCs4KsD95yIgxUrlPmIySCeot6H8FFup/t/jfWLrU792VnSGUl
WCnG15HG9wVCjjaRyATwa9mopvHyguWhFQXlv94vZJ6zdz5p0ue6+D/xQls7s79FvMAs0hbNsznZKQo++mGyNv8AfA4YGvpauD+M
Hgr/AITHw5/oabtXssyWmZNitkjehzxyFGM45A5AzXM/s8+MX1XSpPDt8c3Onxb7dyzM0kO7BBzwNhKgc9CAB8pNbYhfW6CxEfij
pL9H/X6Ew/dy5Hs9juPiV4rXwd4UuNTVElumZYbaJ87XkbOM47ABm7Z24yCRXh/gX4W3njTwxqOuX168V5dMWsZZJN4mcM3mNLwW
wWGAc5zuJBGMyapPdfGD4oRWdodmi2eQGWQri2VxvlAYfffK4G3+4DwpNfR2n2cGn2FtZWaeXbW8SwxJknaigADJ5PAHWtJTeX0l
CH8SWr8l0QkvbSu9keQ+BviTeaHPD4b+I0F1Z36MI4b6dcK6ZKgyMTyMrgSDIPUkYLH2auZ8e+DtO8Z6MbK/Hl3EeWtrpVy8DnuP
VTgZXv7EAjyHTPB3xM1GBvDF7qb2Og2beQZzINskeANqFQHkTY5wrELxtO0rgYunQxS9opKD6rp6r/Iq8oaWuekeNfil4e8L+bB5
/wDaGpJlfstqQ21huGHfouGXBHLDIO01xUvif4leN42i8PaN/Ymmz+Xi6kyr+W6kbhI+Ny9W3RpuHy4Pr2vgr4W+HvC/lT+R/aGp
JhvtV0A21htOUTouGXIPLDJG413lR7fD0NKUeZ95f5D5Zy+J29DxaH4Hfb47i68SeI7281aaJcSoNwSQLj5i5LSKPlA+4cDtnjmb
HV/GXwfuksdWtv7Q0DnYqk+QXcZ/dylcqwKtlCP7x28hq+j6r31na6hava39tDdW0mN8U0YdGwcjIPB5AP4VUMynL3a65ovp29Ow
nRS1jozjo/in4Sk8Py6suqIBEuWtG+W5LYB2CM8sckDIyvX5sAkeU6rrnij4wazd6ToA+x6BHh2SU7UAGdrTOASWY9EGRwODtLV2
r/Avw8dZW6S6vRY+aJGsiwIK/MSgf7wXlB6gK3JLAr6dpOm2ekabb2Gm26W9nAuyOJOgH8ySckk8kkk81ft8LhveoJyl0v0/4IuW
c9J6I+dfFvhef4SeJPDmuaVJNe2y4EzyADdKARIn3SEV0JC8swwx7Zr6O0+8g1Cwtr2zfzLa4iWaJ8EbkYAg4PI4I61meMfDtn4p
8P3Wl3yIRKpMUrLuMMmDtkHIOQT6jIyDwTXlP7P2vz6ff6n4M1hvLubeV3t0dwdrqcSxA7sHkbgFH/PQ5oqyeNw/tH8cN/NP/IIr
2c7dGe40UUV5RuFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAB
RRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQ
AUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUU
UAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFF
FFABRRRQAV84fEXWJ/iT8R7Dwzol5v0mOURq8bBo3cAmWfB27tq7gBk5Cnafn5+gNetLq/0a8s7C8+w3M8RjS5CFjFngsAGU7gM4
OeDg84xXB/BfwBP4OtdQuNXWE6pcSmJWjYOFhU8YOARuPzEZ6BMgEEV6GCqU6EZVm/eWiXr1MqkXJqPQ7zQdKtdD0az0ywTbbWsQ
jTIALY6scAAsTkk45JJq/RRXA25O7NVoFFFFIAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACvmz45eD7jQ/E41nQ47o
W2prM8/lF2KSbWM2SBwjIWbBJ4EnRRivpOiurCYqWFqc61XVEVKamrHn/wAF/B6+FvCkc1xG6arqKrNdByfkHJRNpA2lQ3IxncW5
IAx6BRRWVarKtN1JbsqMVFWQUUUVkMKKKKACiiigAooooAK8O/aB0CfT7/TPGejr5dzbyolw6IDtdTmKUjbg8jaSx/55jFe41T1b
TbPV9NuLDUrdLiznXZJE/Qj+YIOCCOQQCOa6cJiPq9VT6dfQipDnjYqeE9cg8SeHNP1e1G2O6iDFMk7HBw65IGcMCM45xmtevHbn
4K/2bm48HeJdT0298p0YyP8A63oVXfHtKrkc8N2OOOS0/wCFt+HpILST+zNbtpPJiF1LlxBltmW27JG6gsxDcDOfvVtLC0qjbo1F
6PR/8ElTkviR7FRRRXAahRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAF
FFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFA
BRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRR
QAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUU
UUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRXN/wDCeeEP
+hq0D/wYw/8AxVH/AAnnhD/oatA/8GMP/wAVTsB0lFZGkeJdC1m5a30fWtMv7hUMjRWt3HKwUEDcQpJxkgZ9xWvSAKKKKACiis3W
Ne0jRPJ/tnVbDT/Oz5f2u4SLfjGdu4jOMjOPUUAaVFc3/wAJ54Q/6GrQP/BjD/8AFUf8J54Q/wChq0D/AMGMP/xVOwHSUVFbTw3V
tFcWssc1vKgkjljYMrqRkMCOCCOc1k6j4t8OaZeSWmpeINIs7uPG+G4vY43XIBGVLAjIIP0NIDborm/+E88If9DVoH/gxh/+KqS2
8aeFrq5it7XxLok1xK4jjijv4mZ2JwFADZJJ4xTA6CiiikAUUUUAFFVtRv7PTLOS71K7t7O0jxvmuJBGi5IAyxIAySB9TWJ/wnnh
D/oatA/8GMP/AMVTA6Siub/4Tzwh/wBDVoH/AIMYf/iq1tI1bTdZtmuNH1Czv7dXMbS2syyqGAB2kqSM4IOPcUAXqKzdY17SNE8n
+2dVsNP87Pl/a7hIt+MZ27iM4yM49RWb/wAJ54Q/6GrQP/BjD/8AFUAdJRXN/wDCeeEP+hq0D/wYw/8AxVb9tPDdW0VxayxzW8qC
SOWNgyupGQwI4II5zSAlorE1Hxb4c0y8ktNS8QaRZ3ceN8NxexxuuQCMqWBGQQfoarf8J54Q/wChq0D/AMGMP/xVMDpKK5+28aeF
rq5it7XxLok1xK4jjijv4mZ2JwFADZJJ4xXQUgCiub/4Tzwh/wBDVoH/AIMYf/iqP+E88If9DVoH/gxh/wDiqdgOkorI0jxLoWs3
LW+j61pl/cKhkaK1u45WCggbiFJOMkDPuKvajf2emWcl3qV3b2dpHjfNcSCNFyQBliQBkkD6mkBZorm/+E88If8AQ1aB/wCDGH/4
qj/hPPCH/Q1aB/4MYf8A4qnYDpKKo6Rq2m6zbNcaPqFnf26uY2ltZllUMADtJUkZwQce4q9SAKKKKACiisTUfFvhzTLyS01LxBpF
ndx43w3F7HG65AIypYEZBB+hoA26K5v/AITzwh/0NWgf+DGH/wCKqS28aeFrq5it7XxLok1xK4jjijv4mZ2JwFADZJJ4xTA6Ciiu
b/4Tzwh/0NWgf+DGH/4qkB0lFc3/AMJ54Q/6GrQP/BjD/wDFVd0jxLoWs3LW+j61pl/cKhkaK1u45WCggbiFJOMkDPuKYGvRRRSA
KKKKACiiigAooooAKKxNR8W+HNMvJLTUvEGkWd3HjfDcXscbrkAjKlgRkEH6Gq3/AAnnhD/oatA/8GMP/wAVTA6SiuftvGnha6uY
re18S6JNcSuI44o7+JmdicBQA2SSeMV0FIAorm/+E88If9DVoH/gxh/+Ko/4Tzwh/wBDVoH/AIMYf/iqdgOkorI0jxLoWs3LW+j6
1pl/cKhkaK1u45WCggbiFJOMkDPuKvajf2emWcl3qV3b2dpHjfNcSCNFyQBliQBkkD6mkBZorm/+E88If9DVoH/gxh/+Ko/4Tzwh
/wBDVoH/AIMYf/iqdgOkoqjpGrabrNs1xo+oWd/bq5jaW1mWVQwAO0lSRnBBx7io9Y17SNE8n+2dVsNP87Pl/a7hIt+MZ27iM4yM
49RSA0qK5v8A4Tzwh/0NWgf+DGH/AOKo/wCE88If9DVoH/gxh/8AiqdgOkoqK2nhuraK4tZY5reVBJHLGwZXUjIYEcEEc5rJ1Hxb
4c0y8ktNS8QaRZ3ceN8NxexxuuQCMqWBGQQfoaQG3RXN/wDCeeEP+hq0D/wYw/8AxVSW3jTwtdXMVva+JdEmuJXEccUd/EzOxOAo
AbJJPGKYHQUUVzf/AAnnhD/oatA/8GMP/wAVSA6Siub/AOE88If9DVoH/gxh/wDiqu6R4l0LWblrfR9a0y/uFQyNFa3ccrBQQNxC
knGSBn3FMDXooopAFFFFABRWbrGvaRonk/2zqthp/nZ8v7XcJFvxjO3cRnGRnHqKzf8AhPPCH/Q1aB/4MYf/AIqmB0lFc3/wnnhD
/oatA/8ABjD/APFVv208N1bRXFrLHNbyoJI5Y2DK6kZDAjggjnNICWisTUfFvhzTLyS01LxBpFndx43w3F7HG65AIypYEZBB+hqt
/wAJ54Q/6GrQP/BjD/8AFUwOkorn7bxp4WurmK3tfEuiTXEriOOKO/iZnYnAUANkknjFdBSAKK5v/hPPCH/Q1aB/4MYf/iqP+E88
If8AQ1aB/wCDGH/4qnYDpKKyNI8S6FrNy1vo+taZf3CoZGitbuOVgoIG4hSTjJAz7itekAUUUUAFFFZusa9pGieT/bOq2Gn+dny/
tdwkW/GM7dxGcZGceooA0qK5v/hPPCH/AENWgf8Agxh/+Ko/4Tzwh/0NWgf+DGH/AOKp2A6SioraeG6tori1ljmt5UEkcsbBldSM
hgRwQRzmsnUfFvhzTLyS01LxBpFndx43w3F7HG65AIypYEZBB+hpAbdFc3/wnnhD/oatA/8ABjD/APFVJbeNPC11cxW9r4l0Sa4l
cRxxR38TM7E4CgBskk8YpgdBRRXN/wDCeeEP+hq0D/wYw/8AxVIDpKK5v/hPPCH/AENWgf8Agxh/+Kq7pHiXQtZuWt9H1rTL+4VD
I0VrdxysFBA3EKScZIGfcUwNeiq2o39nplnJd6ld29naR43zXEgjRckAZYkAZJA+prE/4Tzwh/0NWgf+DGH/AOKoA6Siub/4Tzwh
/wBDVoH/AIMYf/iq1tI1bTdZtmuNH1Czv7dXMbS2syyqGAB2kqSM4IOPcUAXqKzdY17SNE8n+2dVsNP87Pl/a7hIt+MZ27iM4yM4
9RWb/wAJ54Q/6GrQP/BjD/8AFUAdJRXN/wDCeeEP+hq0D/wYw/8AxVb9tPDdW0VxayxzW8qCSOWNgyupGQwI4II5zSAlorE1Hxb4
c0y8ktNS8QaRZ3ceN8NxexxuuQCMqWBGQQfoarf8J54Q/wChq0D/AMGMP/xVMDpKK5+28aeFrq5it7XxLok1xK4jjijv4mZ2JwFA
DZJJ4xXQUgCiub/4Tzwh/wBDVoH/AIMYf/iqP+E88If9DVoH/gxh/wDiqdgOkorI0jxLoWs3LW+j61pl/cKhkaK1u45WCggbiFJO
MkDPuKvajf2emWcl3qV3b2dpHjfNcSCNFyQBliQBkkD6mkBZorm/+E88If8AQ1aB/wCDGH/4qj/hPPCH/Q1aB/4MYf8A4qnYDpKK
o6Rq2m6zbNcaPqFnf26uY2ltZllUMADtJUkZwQce4qPWNe0jRPJ/tnVbDT/Oz5f2u4SLfjGdu4jOMjOPUUgNKiub/wCE88If9DVo
H/gxh/8AiqP+E88If9DVoH/gxh/+Kp2A6SioraeG6tori1ljmt5UEkcsbBldSMhgRwQRzmsnUfFvhzTLyS01LxBpFndx43w3F7HG
65AIypYEZBB+hpAbdFc3/wAJ54Q/6GrQP/BjD/8AFVJbeNPC11cxW9r4l0Sa4lcRxxR38TM7E4CgBskk8YpgdBRRXN/8J54Q/wCh
q0D/AMGMP/xVIDpKK5v/AITzwh/0NWgf+DGH/wCKq7pHiXQtZuWt9H1rTL+4VDI0VrdxysFBA3EKScZIGfcUwNeiq2o39nplnJd6
ld29naR43zXEgjRckAZYkAZJA+prE/4Tzwh/0NWgf+DGH/4qgDpKK5v/AITzwh/0NWgf+DGH/wCKrW0jVtN1m2a40fULO/t1cxtL
azLKoYAHaSpIzgg49xQBeorN1jXtI0Tyf7Z1Ww0/zs+X9ruEi34xnbuIzjIzj1FZv/CeeEP+hq0D/wAGMP8A8VQB0lFc3/wnnhD/
AKGrQP8AwYw//FVv208N1bRXFrLHNbyoJI5Y2DK6kZDAjggjnNICWisTUfFvhzTLyS01LxBpFndx43w3F7HG65AIypYEZBB+hqt/
wnnhD/oatA/8GMP/AMVTA6SiuftvGnha6uYre18S6JNcSuI44o7+JmdicBQA2SSeMV0FIAooooAKKKrajf2emWcl3qV3b2dpHjfN
cSCNFyQBliQBkkD6mgCzRXN/8J54Q/6GrQP/AAYw/wDxVH/CeeEP+hq0D/wYw/8AxVOwHSUVR0jVtN1m2a40fULO/t1cxtLazLKo
YAHaSpIzgg49xUesa9pGieT/AGzqthp/nZ8v7XcJFvxjO3cRnGRnHqKQGlRXN/8ACeeEP+hq0D/wYw//ABVH/CeeEP8AoatA/wDB
jD/8VTsB0lFRW08N1bRXFrLHNbyoJI5Y2DK6kZDAjggjnNZOo+LfDmmXklpqXiDSLO7jxvhuL2ON1yARlSwIyCD9DSA26K5v/hPP
CH/Q1aB/4MYf/iqktvGnha6uYre18S6JNcSuI44o7+JmdicBQA2SSeMUwOgooopAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFF
ABRRRQAUUUUAFFFFAH5wUUUVsSe1/sl/8lG1H/sEyf8Ao6GvrSvkv9kv/ko2o/8AYJk/9HQ19aVnLcpBRRRUgFfN/wC2H/zKP/b3
/wC0a+kK+b/2w/8AmUf+3v8A9o1UdwZ84UUUVoSfffw0/wCSc+Ff+wTaf+iVr5M/aK/5LH4g/wC3f/0nir6z+Gn/ACTnwr/2CbT/
ANErXyZ+0V/yWPxB/wBu/wD6TxVEdxs83rpPhp/yUbwr/wBha0/9HLXN10nw0/5KN4V/7C1p/wCjlqxH33RRRWJQUUUUAeb/ALRX
/JHPEH/bv/6URV8UV9r/ALRX/JHPEH/bv/6URV8UVpHYTCvrP9kv/knOo/8AYWk/9Ew18mV9Z/sl/wDJOdR/7C0n/omGiWwI5v8A
bD/5lH/t7/8AaNfOFfR/7Yf/ADKP/b3/AO0a+cKcdgYV99/DT/knPhX/ALBNp/6JWvgSvvv4af8AJOfCv/YJtP8A0StTMEfJn7RX
/JY/EH/bv/6TxV5vXpH7RX/JY/EH/bv/AOk8Veb1S2EdJ8NP+SjeFf8AsLWn/o5a++6+BPhp/wAlG8K/9ha0/wDRy1991Mxo/OCi
iirEe1/sl/8AJRtR/wCwTJ/6Ohr2z9or/kjniD/t3/8ASiKvE/2S/wDko2o/9gmT/wBHQ17Z+0V/yRzxB/27/wDpRFUPcfQ+KKKK
KsR9Z/sl/wDJOdR/7C0n/omGvbK8T/ZL/wCSc6j/ANhaT/0TDXtlZS3KQUUUUgCvij9or/ksfiD/ALd//SeKvtevij9or/ksfiD/
ALd//SeKqjuJnm9dJ8NP+SjeFf8AsLWn/o5a5uuk+Gn/ACUbwr/2FrT/ANHLWgj77r84K/R+vzgqIDYV7X+yX/yUbUf+wTJ/6Ohr
xSva/wBkv/ko2o/9gmT/ANHQ1UthI+tKKKKyKCiiigAooooAKKKKAPij9or/AJLH4g/7d/8A0nirzevSP2iv+Sx+IP8At3/9J4q8
3rVbEnSfDT/ko3hX/sLWn/o5a++6+BPhp/yUbwr/ANha0/8ARy1991Mxo/OCiiirEe1/sl/8lG1H/sEyf+joa9s/aK/5I54g/wC3
f/0oirxP9kv/AJKNqP8A2CZP/R0Ne2ftFf8AJHPEH/bv/wClEVQ9x9D4ooooqxH1n+yX/wAk51H/ALC0n/omGub/AGw/+ZR/7e//
AGjXSfsl/wDJOdR/7C0n/omGub/bD/5lH/t7/wDaNR9ofQ+cKKKKsR99/DT/AJJz4V/7BNp/6JWvkz9or/ksfiD/ALd//SeKvrP4
af8AJOfCv/YJtP8A0StfJn7RX/JY/EH/AG7/APpPFUR3Gzzeuk+Gn/JRvCv/AGFrT/0ctc3XSfDT/ko3hX/sLWn/AKOWrEffdfnB
X6P1+cFRAbCva/2S/wDko2o/9gmT/wBHQ14pXtf7Jf8AyUbUf+wTJ/6OhqpbCR9aUUUVkUFFFFAHzf8Ath/8yj/29/8AtGvnCvo/
9sP/AJlH/t7/APaNfOFax2Ewr77+Gn/JOfCv/YJtP/RK18CV99/DT/knPhX/ALBNp/6JWpmCPkz9or/ksfiD/t3/APSeKvN69I/a
K/5LH4g/7d//AEnirzeqWwjpPhp/yUbwr/2FrT/0ctffdfAnw0/5KN4V/wCwtaf+jlr77qZjR+cFFFFWI9r/AGS/+Sjaj/2CZP8A
0dDX1pXyX+yX/wAlG1H/ALBMn/o6GvrSs5blIKKKKkAr5v8A2w/+ZR/7e/8A2jX0hXzf+2H/AMyj/wBvf/tGqjuDPnCiiitCT77+
Gn/JOfCv/YJtP/RK18mftFf8lj8Qf9u//pPFX1n8NP8AknPhX/sE2n/ola+TP2iv+Sx+IP8At3/9J4qiO42eb10nw0/5KN4V/wCw
taf+jlrm66T4af8AJRvCv/YWtP8A0ctWI++6/OCv0fr84KiA2Fe1/sl/8lG1H/sEyf8Ao6GvFK9r/ZL/AOSjaj/2CZP/AEdDVS2E
j2z9or/kjniD/t3/APSiKviivtf9or/kjniD/t3/APSiKviilHYbCvrP9kv/AJJzqP8A2FpP/RMNfJlfWf7Jf/JOdR/7C0n/AKJh
olsCOb/bD/5lH/t7/wDaNfOFfR/7Yf8AzKP/AG9/+0a+cKcdgYV99/DT/knPhX/sE2n/AKJWvgSvvv4af8k58K/9gm0/9ErUzBHy
Z+0V/wAlj8Qf9u//AKTxV5vXpH7RX/JY/EH/AG7/APpPFXm9UthHSfDT/ko3hX/sLWn/AKOWvvuvgT4af8lG8K/9ha0/9HLX33Uz
Gj84KKKKsR7X+yX/AMlG1H/sEyf+joa9s/aK/wCSOeIP+3f/ANKIq8T/AGS/+Sjaj/2CZP8A0dDXtn7RX/JHPEH/AG7/APpRFUPc
fQ+KKKKKsR9Z/sl/8k51H/sLSf8AomGub/bD/wCZR/7e/wD2jXSfsl/8k51H/sLSf+iYa5v9sP8A5lH/ALe//aNR9ofQ+cKKKKsR
99/DT/knPhX/ALBNp/6JWvkz9or/AJLH4g/7d/8A0nir6z+Gn/JOfCv/AGCbT/0StfJn7RX/ACWPxB/27/8ApPFUR3Gzzeuk+Gn/
ACUbwr/2FrT/ANHLXN10nw0/5KN4V/7C1p/6OWrEffdfnBX6P1+cFRAbCva/2S/+Sjaj/wBgmT/0dDXile1/sl/8lG1H/sEyf+jo
aqWwke2ftFf8kc8Qf9u//pRFXxRX2v8AtFf8kc8Qf9u//pRFXxRSjsNhX1n+yX/yTnUf+wtJ/wCiYa+TK+s/2S/+Sc6j/wBhaT/0
TDRLYEc3+2H/AMyj/wBvf/tGvnCvo/8AbD/5lH/t7/8AaNfOFOOwMK++/hp/yTnwr/2CbT/0StfAlfffw0/5Jz4V/wCwTaf+iVqZ
gj5M/aK/5LH4g/7d/wD0nirzevSP2iv+Sx+IP+3f/wBJ4q83qlsI6T4af8lG8K/9ha0/9HLX33XwJ8NP+SjeFf8AsLWn/o5a++6m
Y0FFFFQMK83/AGiv+SOeIP8At3/9KIq9Irzf9or/AJI54g/7d/8A0oiprcD4oooorUk+s/2S/wDknOo/9haT/wBEw1zf7Yf/ADKP
/b3/AO0a6T9kv/knOo/9haT/ANEw1zf7Yf8AzKP/AG9/+0aj7Q+h84UUUVYj77+Gn/JOfCv/AGCbT/0StfJn7RX/ACWPxB/27/8A
pPFX1n8NP+Sc+Ff+wTaf+iVr5M/aK/5LH4g/7d//AEniqI7jZ5vXSfDT/ko3hX/sLWn/AKOWubrpPhp/yUbwr/2FrT/0ctWI++6K
KKxKCiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigD84KKKK2JPa/wBkv/ko2o/9gmT/ANHQ19aV8l/sl/8A
JRtR/wCwTJ/6Ohr60rOW5SPkv/hDPjj/AM/Wv/8Ag+X/AOPUf8IZ8cf+frX/APwfL/8AHq+tKKOYLGR4QhvrbwnosGsGQ6lFZQJd
GSTzGMojUPlsncd2ecnNeDfth/8AMo/9vf8A7Rr6Qr5v/bD/AOZR/wC3v/2jRHcGfOFFFFaEn338NP8AknPhX/sE2n/ola+TP2iv
+Sx+IP8At3/9J4q+s/hp/wAk58K/9gm0/wDRK18mftFf8lj8Qf8Abv8A+k8VRHcbPN66T4af8lG8K/8AYWtP/Ry1zddJ8NP+SjeF
f+wtaf8Ao5asR99188fFbwz8VdQ8fapdeFJ9XTRZPK+zrb6ssCDESBsIZBj5g3bk896+h6KyTsUfJf8Awhnxx/5+tf8A/B8v/wAe
r3D4HaZ4q0rwndweOZLyTUmvXeM3V2LlvK8uMDDBmwNwfjPr616JRTbuFjzf9or/AJI54g/7d/8A0oir4or7X/aK/wCSOeIP+3f/
ANKIq+KKqOwmFfWf7Jf/ACTnUf8AsLSf+iYa+TK+s/2S/wDknOo/9haT/wBEw0S2BHN/th/8yj/29/8AtGvnCvo/9sP/AJlH/t7/
APaNfOFOOwMK++/hp/yTnwr/ANgm0/8ARK18CV99/DT/AJJz4V/7BNp/6JWpmCPkz9or/ksfiD/t3/8ASeKvN69I/aK/5LH4g/7d
/wD0nirzeqWwjpPhp/yUbwr/ANha0/8ARy19918CfDT/AJKN4V/7C1p/6OWvvupmNH5wUUUVYj2v9kv/AJKNqP8A2CZP/R0Ne2ft
Ff8AJHPEH/bv/wClEVeJ/sl/8lG1H/sEyf8Ao6GvbP2iv+SOeIP+3f8A9KIqh7j6HxRRRRViPrP9kv8A5JzqP/YWk/8ARMNd/wDF
ay1zUPAOqWvhRrhNak8r7O1vOIHGJULYckY+UN35HHeuA/ZL/wCSc6j/ANhaT/0TDXtlZvco+S/+EM+OP/P1r/8A4Pl/+PVr+EPC
fxjtvFmiz6xc62dNivYHuhJrSyKYhIpfK+adw254wc19O0UcwWCvij9or/ksfiD/ALd//SeKvtevij9or/ksfiD/ALd//SeKiO4m
eb10nw0/5KN4V/7C1p/6OWubrpPhp/yUbwr/ANha0/8ARy1oI++6/OCv0fr84KiA2Fe1/sl/8lG1H/sEyf8Ao6GvFK9r/ZL/AOSj
aj/2CZP/AEdDVS2Ej60r5L/4Qz44/wDP1r//AIPl/wDj1fWlFZp2KPkv/hDPjj/z9a//AOD5f/j1fTvhCG+tvCeiwawZDqUVlAl0
ZJPMYyiNQ+Wydx3Z5yc1r0UN3A5L4rWWuah4B1S18KNcJrUnlfZ2t5xA4xKhbDkjHyhu/I47188f8IZ8cf8An61//wAHy/8Ax6vr
SihOwHzF4Q8J/GO28WaLPrFzrZ02K9ge6EmtLIpiEil8r5p3DbnjBzX07RRQ3cD4o/aK/wCSx+IP+3f/ANJ4q83r0j9or/ksfiD/
ALd//SeKvN60WxJ0nw0/5KN4V/7C1p/6OWvvuvgT4af8lG8K/wDYWtP/AEctffdTMaPzgoooqxHtf7Jf/JRtR/7BMn/o6GvbP2iv
+SOeIP8At3/9KIq8T/ZL/wCSjaj/ANgmT/0dDXtn7RX/ACRzxB/27/8ApRFUPcfQ+KKKKKsR9Z/sl/8AJOdR/wCwtJ/6Jhrm/wBs
P/mUf+3v/wBo10n7Jf8AyTnUf+wtJ/6Jhrm/2w/+ZR/7e/8A2jUfaH0PnCiiirEfffw0/wCSc+Ff+wTaf+iVr5M/aK/5LH4g/wC3
f/0nir6z+Gn/ACTnwr/2CbT/ANErXyZ+0V/yWPxB/wBu/wD6TxVEdxs83rpPhp/yUbwr/wBha0/9HLXN10nw0/5KN4V/7C1p/wCj
lqxH33X5wV+j9fnBUQGwr2v9kv8A5KNqP/YJk/8AR0NeKV7X+yX/AMlG1H/sEyf+joaqWwkfWlfJf/CGfHH/AJ+tf/8AB8v/AMer
60orNOxR8l/8IZ8cf+frX/8AwfL/APHq+nfCEN9beE9Fg1gyHUorKBLoySeYxlEah8tk7juzzk5rXoobuB83/th/8yj/ANvf/tGv
nCvo/wDbD/5lH/t7/wDaNfOFaR2Ewr77+Gn/ACTnwr/2CbT/ANErXwJX338NP+Sc+Ff+wTaf+iVqZgj5M/aK/wCSx+IP+3f/ANJ4
q83r0j9or/ksfiD/ALd//SeKvN6pbCOk+Gn/ACUbwr/2FrT/ANHLX33XwJ8NP+SjeFf+wtaf+jlr77qZjR+cFFFFWI9r/ZL/AOSj
aj/2CZP/AEdDX1pXyX+yX/yUbUf+wTJ/6Ohr60rOW5SPkv8A4Qz44/8AP1r/AP4Pl/8Aj1H/AAhnxx/5+tf/APB8v/x6vrSijmCx
keEIb628J6LBrBkOpRWUCXRkk8xjKI1D5bJ3HdnnJzXg37Yf/Mo/9vf/ALRr6Qr5v/bD/wCZR/7e/wD2jRHcGfOFFFFaEn338NP+
Sc+Ff+wTaf8Aola+TP2iv+Sx+IP+3f8A9J4q+s/hp/yTnwr/ANgm0/8ARK18mftFf8lj8Qf9u/8A6TxVEdxs83rpPhp/yUbwr/2F
rT/0ctc3XSfDT/ko3hX/ALC1p/6OWrEffdfnBX6P1+cFRAbCva/2S/8Ako2o/wDYJk/9HQ14pXtf7Jf/ACUbUf8AsEyf+joaqWwk
e2ftFf8AJHPEH/bv/wClEVfFFfa/7RX/ACRzxB/27/8ApRFXxRSjsNhX1n+yX/yTnUf+wtJ/6Jhr5Mr6z/ZL/wCSc6j/ANhaT/0T
DRLYEc3+2H/zKP8A29/+0a+cK+j/ANsP/mUf+3v/ANo184U47Awr77+Gn/JOfCv/AGCbT/0StfAlfffw0/5Jz4V/7BNp/wCiVqZg
j5M/aK/5LH4g/wC3f/0nirzevSP2iv8AksfiD/t3/wDSeKvN6pbCOk+Gn/JRvCv/AGFrT/0ctffdfAnw0/5KN4V/7C1p/wCjlr77
qZjR+cFFFFWI9r/ZL/5KNqP/AGCZP/R0Ne2ftFf8kc8Qf9u//pRFXif7Jf8AyUbUf+wTJ/6Ohr2z9or/AJI54g/7d/8A0oiqHuPo
fFFFFFWI+s/2S/8AknOo/wDYWk/9Ew1zf7Yf/Mo/9vf/ALRrpP2S/wDknOo/9haT/wBEw1zf7Yf/ADKP/b3/AO0aj7Q+h84UUUVY
j77+Gn/JOfCv/YJtP/RK18mftFf8lj8Qf9u//pPFX1n8NP8AknPhX/sE2n/ola+TP2iv+Sx+IP8At3/9J4qiO42eb10nw0/5KN4V
/wCwtaf+jlrm66T4af8AJRvCv/YWtP8A0ctWI++6/OCv0fr84KiA2Fe1/sl/8lG1H/sEyf8Ao6GvFK9r/ZL/AOSjaj/2CZP/AEdD
VS2Ej2z9or/kjniD/t3/APSiKviivtf9or/kjniD/t3/APSiKviilHYbCvrP9kv/AJJzqP8A2FpP/RMNfJlfWf7Jf/JOdR/7C0n/
AKJholsCOb/bD/5lH/t7/wDaNfOFfR/7Yf8AzKP/AG9/+0a+cKcdgYV99/DT/knPhX/sE2n/AKJWvgSvvv4af8k58K/9gm0/9ErU
zBHyZ+0V/wAlj8Qf9u//AKTxV5vXpH7RX/JY/EH/AG7/APpPFXm9UthHSfDT/ko3hX/sLWn/AKOWvvuvgT4af8lG8K/9ha0/9HLX
33UzGj54+K3hn4q6h4+1S68KT6umiyeV9nW31ZYEGIkDYQyDHzBu3J571yX/AAhnxx/5+tf/APB8v/x6vrSilzDsed/A7TPFWleE
7uDxzJeSak167xm6uxct5XlxgYYM2BuD8Z9fWo/2iv8AkjniD/t3/wDSiKvSK83/AGiv+SOeIP8At3/9KIqS3A+KKKKK1JPrP9kv
/knOo/8AYWk/9Ew1zf7Yf/Mo/wDb3/7RrpP2S/8AknOo/wDYWk/9Ew1zf7Yf/Mo/9vf/ALRqPtD6HzhRRRViPvv4af8AJOfCv/YJ
tP8A0StfJn7RX/JY/EH/AG7/APpPFX1n8NP+Sc+Ff+wTaf8Aola+TP2iv+Sx+IP+3f8A9J4qiO42eb10nw0/5KN4V/7C1p/6OWub
rpPhp/yUbwr/ANha0/8ARy1Yj77ooorEoKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKAPzgor9H6KvnFY+
S/2S/wDko2o/9gmT/wBHQ19aUUVLdxhRRRSAK+b/ANsP/mUf+3v/ANo19IUU07AfnBRX6P0VXOKxzfw0/wCSc+Ff+wTaf+iVr5M/
aK/5LH4g/wC3f/0nir7XoqU7DPzgrpPhp/yUbwr/ANha0/8ARy1990VXMKwUUUVAwooooA83/aK/5I54g/7d/wD0oir4or9H6KpS
sFj84K+s/wBkv/knOo/9haT/ANEw17ZRQ5XCx83/ALYf/Mo/9vf/ALRr5wr9H6KFKwrH5wV99/DT/knPhX/sE2n/AKJWukoobuNI
+KP2iv8AksfiD/t3/wDSeKvN6/R+impCsfAnw0/5KN4V/wCwtaf+jlr77oopN3Gj84KK/R+inzisfJf7Jf8AyUbUf+wTJ/6Ohr2z
9or/AJI54g/7d/8A0oir0iipb1uM/OCiv0foqucVjxP9kv8A5JzqP/YWk/8ARMNe2UUVLdxhRRRSAK+KP2iv+Sx+IP8At3/9J4q+
16KadgPzgrpPhp/yUbwr/wBha0/9HLX33RVcwrBX5wV+j9FJOw2j84K9r/ZL/wCSjaj/ANgmT/0dDX1pRTcrisFFFFQMKKKKACii
igAooooA+KP2iv8AksfiD/t3/wDSeKvN6/R+irUhWPgT4af8lG8K/wDYWtP/AEctffdFFJu40fnBRX6P0U+cVj5L/ZL/AOSjaj/2
CZP/AEdDXtn7RX/JHPEH/bv/AOlEVekUVLetxn5wUV+j9FVziseJ/sl/8k51H/sLSf8AomGub/bD/wCZR/7e/wD2jX0hRSvrcZ+c
FFfo/RT5xWOb+Gn/ACTnwr/2CbT/ANErXyZ+0V/yWPxB/wBu/wD6TxV9r0VKdhn5wV0nw0/5KN4V/wCwtaf+jlr77oquYVgr84K/
R+iknYbR+cFe1/sl/wDJRtR/7BMn/o6GvrSim5XFYKKKKgYUUUUAfN/7Yf8AzKP/AG9/+0a+cK/R+iqUrCsfnBX338NP+Sc+Ff8A
sE2n/ola6Sihu40j4o/aK/5LH4g/7d//AEnirzev0fopqQrHwJ8NP+SjeFf+wtaf+jlr77oopN3Gj84KK/R+inzisfJf7Jf/ACUb
Uf8AsEyf+joa+tKKKlu4wooopAFfN/7Yf/Mo/wDb3/7Rr6Qopp2A/OCiv0foqucVjm/hp/yTnwr/ANgm0/8ARK18mftFf8lj8Qf9
u/8A6TxV9r0VKdhn5wV0nw0/5KN4V/7C1p/6OWvvuiq5hWCvzgr9H6KSdhtH5wV7X+yX/wAlG1H/ALBMn/o6GvrSim5XFY83/aK/
5I54g/7d/wD0oir4or9H6KSlYdj84K+s/wBkv/knOo/9haT/ANEw17ZRQ5XCx83/ALYf/Mo/9vf/ALRr5wr9H6KFKwrH5wV99/DT
/knPhX/sE2n/AKJWukoobuNI+KP2iv8AksfiD/t3/wDSeKvN6/R+impCsfAnw0/5KN4V/wCwtaf+jlr77oopN3Gj84KK/R+inzis
fJf7Jf8AyUbUf+wTJ/6Ohr2z9or/AJI54g/7d/8A0oir0iipb1uM/OCiv0foqucVjxP9kv8A5JzqP/YWk/8ARMNc3+2H/wAyj/29
/wDtGvpCilfW4z84KK/R+inzisc38NP+Sc+Ff+wTaf8Aola+TP2iv+Sx+IP+3f8A9J4q+16KlOwz84K6T4af8lG8K/8AYWtP/Ry1
990VXMKwV+cFfo/RSTsNo/OCva/2S/8Ako2o/wDYJk/9HQ19aUU3K4rHm/7RX/JHPEH/AG7/APpRFXxRX6P0UlKw7H5wV9Z/sl/8
k51H/sLSf+iYa9soocrhY+b/ANsP/mUf+3v/ANo184V+j9FClYVj84K++/hp/wAk58K/9gm0/wDRK10lFDdxpHxR+0V/yWPxB/27
/wDpPFXm9fo/RTUhWPgT4af8lG8K/wDYWtP/AEctffdFFJu40FFFFSAV5v8AtFf8kc8Qf9u//pRFXpFFNAfnBRX6P0VXOKx4n+yX
/wAk51H/ALC0n/omGub/AGw/+ZR/7e//AGjX0hRSvrcZ+cFFfo/RT5xWOb+Gn/JOfCv/AGCbT/0StfJn7RX/ACWPxB/27/8ApPFX
2vRUp2GfnBXSfDT/AJKN4V/7C1p/6OWvvuiq5hWCiiioGFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABR
RRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQA
UUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFF
FABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABR
RRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFAHif/DS
HhD/AKB2v/8AfiH/AOO0f8NIeEP+gdr/AP34h/8AjtfJlFacqFc+2/h38WtC8ea1Ppej2mpw3EVu1yzXUcaqVDKuAVdjnLjt611P
jTxJZ+EfDV5rmpR3Etpa7N6W6hnO51QYBIHVh36V8zfsl/8AJRtR/wCwTJ/6Ohr2z9or/kjniD/t3/8ASiKpa1sM5v8A4aQ8If8A
QO1//vxD/wDHaP8AhpDwh/0Dtf8A+/EP/wAdr5MoquVCufe3w78bab480WfVNHgvIbeK4a2ZbpFViwVWyArMMYcd/WqXxJ+JGkfD
7+zv7Ztr+f7d5nl/ZI0bGzbnduZf74xjPeuJ/ZL/AOSc6j/2FpP/AETDXN/th/8AMo/9vf8A7Rqba2GdJ/w0h4Q/6B2v/wDfiH/4
7R/w0h4Q/wCgdr//AH4h/wDjtfJlFVyoVz9EdD1KHWdF0/VLVZEt723juY1kADBXUMAQCRnB9TV6ub+Gn/JOfCv/AGCbT/0StdJW
YwooooAK8T/4aQ8If9A7X/8AvxD/APHa9sr84KqKuDPrP/hpDwh/0Dtf/wC/EP8A8drqPh38WtC8ea1Ppej2mpw3EVu1yzXUcaqV
DKuAVdjnLjt618SV7X+yX/yUbUf+wTJ/6OhpuKSFc+mfGniSz8I+GrzXNSjuJbS12b0t1DOdzqgwCQOrDv0ry7/hpDwh/wBA7X/+
/EP/AMdrpP2iv+SOeIP+3f8A9KIq+KKIpMGz6z/4aQ8If9A7X/8AvxD/APHa9D+HfjbTfHmiz6po8F5DbxXDWzLdIqsWCq2QFZhj
Djv618E19Z/sl/8AJOdR/wCwtJ/6JhocUkCZ23xJ+JGkfD7+zv7Ztr+f7d5nl/ZI0bGzbnduZf74xjPeuJ/4aQ8If9A7X/8AvxD/
APHa5v8AbD/5lH/t7/8AaNfOFCimgbPrP/hpDwh/0Dtf/wC/EP8A8dr17Q9Sh1nRdP1S1WRLe9t47mNZAAwV1DAEAkZwfU1+d1ff
fw0/5Jz4V/7BNp/6JWlJWBHJeNPjZ4c8I+JbzQ9SstXlu7XZve3ijZDuRXGCZAejDt1rE/4aQ8If9A7X/wDvxD/8drxT9or/AJLH
4g/7d/8A0nirzeqUUFz7B0P4/eFtZ1rT9LtbDW0uL24jto2khiChnYKCSJCcZPoa9er4E+Gn/JRvCv8A2FrT/wBHLX33UyVho8T/
AOGkPCH/AEDtf/78Q/8Ax2j/AIaQ8If9A7X/APvxD/8AHa+TKKrlQrn238O/i1oXjzWp9L0e01OG4it2uWa6jjVSoZVwCrsc5cdv
WvRK+S/2S/8Ako2o/wDYJk/9HQ19aVDVmNBRRRSAK4n4k/EjSPh9/Z39s21/P9u8zy/skaNjZtzu3Mv98YxnvXbV83/th/8AMo/9
vf8A7RppXYM6T/hpDwh/0Dtf/wC/EP8A8do/4aQ8If8AQO1//vxD/wDHa+TKKvlQrn6I6HqUOs6Lp+qWqyJb3tvHcxrIAGCuoYAg
EjOD6mvPPGnxs8OeEfEt5oepWWry3drs3vbxRsh3IrjBMgPRh2611vw0/wCSc+Ff+wTaf+iVr5M/aK/5LH4g/wC3f/0niqUrsbPa
/wDhpDwh/wBA7X/+/EP/AMdq9ofx+8LazrWn6Xa2GtpcXtxHbRtJDEFDOwUEkSE4yfQ18fV0nw0/5KN4V/7C1p/6OWq5UK5990UU
VmMKKKKAMTxp4ks/CPhq81zUo7iW0tdm9LdQznc6oMAkDqw79K8u/wCGkPCH/QO1/wD78Q//AB2uk/aK/wCSOeIP+3f/ANKIq+KK
uKTE2fWf/DSHhD/oHa//AN+If/jteh/DvxtpvjzRZ9U0eC8ht4rhrZlukVWLBVbICswxhx39a+Ca+s/2S/8AknOo/wDYWk/9Ew0O
KSBM7b4k/EjSPh9/Z39s21/P9u8zy/skaNjZtzu3Mv8AfGMZ71xP/DSHhD/oHa//AN+If/jtc3+2H/zKP/b3/wC0a+cKFFNA2fWf
/DSHhD/oHa//AN+If/jtevaHqUOs6Lp+qWqyJb3tvHcxrIAGCuoYAgEjOD6mvzur77+Gn/JOfCv/AGCbT/0StKSsCOS8afGzw54R
8S3mh6lZavLd2uze9vFGyHciuMEyA9GHbrWJ/wANIeEP+gdr/wD34h/+O14p+0V/yWPxB/27/wDpPFXm9UooLn2Dofx+8LazrWn6
Xa2GtpcXtxHbRtJDEFDOwUEkSE4yfQ169XwJ8NP+SjeFf+wtaf8Ao5a++6mSsNHif/DSHhD/AKB2v/8AfiH/AOO0f8NIeEP+gdr/
AP34h/8AjtfJlFVyoVz7b+Hfxa0Lx5rU+l6PaanDcRW7XLNdRxqpUMq4BV2OcuO3rXU+NPEln4R8NXmualHcS2lrs3pbqGc7nVBg
EgdWHfpXzN+yX/yUbUf+wTJ/6Ohr2z9or/kjniD/ALd//SiKpa1sM5v/AIaQ8If9A7X/APvxD/8AHaP+GkPCH/QO1/8A78Q//Ha+
TKKrlQrn3t8O/G2m+PNFn1TR4LyG3iuGtmW6RVYsFVsgKzDGHHf1ql8SfiRpHw+/s7+2ba/n+3eZ5f2SNGxs253bmX++MYz3rif2
S/8AknOo/wDYWk/9Ew1zf7Yf/Mo/9vf/ALRqba2GdJ/w0h4Q/wCgdr//AH4h/wDjtH/DSHhD/oHa/wD9+If/AI7XyZRVcqFc/RHQ
9Sh1nRdP1S1WRLe9t47mNZAAwV1DAEAkZwfU15540+Nnhzwj4lvND1Ky1eW7tdm97eKNkO5FcYJkB6MO3Wut+Gn/ACTnwr/2CbT/
ANErXyZ+0V/yWPxB/wBu/wD6TxVKV2Nntf8Aw0h4Q/6B2v8A/fiH/wCO1e0P4/eFtZ1rT9LtbDW0uL24jto2khiChnYKCSJCcZPo
a+Pq6T4af8lG8K/9ha0/9HLVcqFc++68T/4aQ8If9A7X/wDvxD/8dr2yvzgqYq42fWf/AA0h4Q/6B2v/APfiH/47XUfDv4taF481
qfS9HtNThuIrdrlmuo41UqGVcAq7HOXHb1r4kr2v9kv/AJKNqP8A2CZP/R0NNxSQrn1pRRRUDCiiigDifiT8SNI+H39nf2zbX8/2
7zPL+yRo2Nm3O7cy/wB8YxnvXE/8NIeEP+gdr/8A34h/+O1zf7Yf/Mo/9vf/ALRr5wq1FNCbPrP/AIaQ8If9A7X/APvxD/8AHa9e
0PUodZ0XT9UtVkS3vbeO5jWQAMFdQwBAJGcH1NfndX338NP+Sc+Ff+wTaf8AolaUlYEcl40+Nnhzwj4lvND1Ky1eW7tdm97eKNkO
5FcYJkB6MO3WsT/hpDwh/wBA7X/+/EP/AMdrxT9or/ksfiD/ALd//SeKvN6pRQXPsHQ/j94W1nWtP0u1sNbS4vbiO2jaSGIKGdgo
JIkJxk+hr16vgT4af8lG8K/9ha0/9HLX33UyVhoKKKKkArE8aeJLPwj4avNc1KO4ltLXZvS3UM53OqDAJA6sO/StuvN/2iv+SOeI
P+3f/wBKIqaA5v8A4aQ8If8AQO1//vxD/wDHaP8AhpDwh/0Dtf8A+/EP/wAdr5Moq+VCufe3w78bab480WfVNHgvIbeK4a2ZbpFV
iwVWyArMMYcd/WqXxJ+JGkfD7+zv7Ztr+f7d5nl/ZI0bGzbnduZf74xjPeuJ/ZL/AOSc6j/2FpP/AETDXN/th/8AMo/9vf8A7Rqb
a2GdJ/w0h4Q/6B2v/wDfiH/47R/w0h4Q/wCgdr//AH4h/wDjtfJlFVyoVz9EdD1KHWdF0/VLVZEt723juY1kADBXUMAQCRnB9TXn
njT42eHPCPiW80PUrLV5bu12b3t4o2Q7kVxgmQHow7da634af8k58K/9gm0/9ErXyZ+0V/yWPxB/27/+k8VSldjZ7X/w0h4Q/wCg
dr//AH4h/wDjtXtD+P3hbWda0/S7Ww1tLi9uI7aNpIYgoZ2CgkiQnGT6Gvj6uk+Gn/JRvCv/AGFrT/0ctVyoVz77rxP/AIaQ8If9
A7X/APvxD/8AHa9sr84KmKuNn1n/AMNIeEP+gdr/AP34h/8AjtdR8O/i1oXjzWp9L0e01OG4it2uWa6jjVSoZVwCrsc5cdvWviSv
a/2S/wDko2o/9gmT/wBHQ03FJCufTPjTxJZ+EfDV5rmpR3Etpa7N6W6hnO51QYBIHVh36V5d/wANIeEP+gdr/wD34h/+O10n7RX/
ACRzxB/27/8ApRFXxRRFJg2fWf8Aw0h4Q/6B2v8A/fiH/wCO16H8O/G2m+PNFn1TR4LyG3iuGtmW6RVYsFVsgKzDGHHf1r4Jr6z/
AGS/+Sc6j/2FpP8A0TDQ4pIEz2yiiioGFFFFAHl3jT42eHPCPiW80PUrLV5bu12b3t4o2Q7kVxgmQHow7daxP+GkPCH/AEDtf/78
Q/8Ax2vFP2iv+Sx+IP8At3/9J4q83rRRQrn2Dofx+8LazrWn6Xa2GtpcXtxHbRtJDEFDOwUEkSE4yfQ169XwJ8NP+SjeFf8AsLWn
/o5a++6mSsNHif8Aw0h4Q/6B2v8A/fiH/wCO0f8ADSHhD/oHa/8A9+If/jtfJlFVyoVz7b+Hfxa0Lx5rU+l6PaanDcRW7XLNdRxq
pUMq4BV2OcuO3rXolfJf7Jf/ACUbUf8AsEyf+joa+tKhqzGgooopAFcT8SfiRpHw+/s7+2ba/n+3eZ5f2SNGxs253bmX++MYz3rt
q+b/ANsP/mUf+3v/ANo00rsGdJ/w0h4Q/wCgdr//AH4h/wDjtH/DSHhD/oHa/wD9+If/AI7XyZRV8qFc/RHQ9Sh1nRdP1S1WRLe9
t47mNZAAwV1DAEAkZwfU15540+Nnhzwj4lvND1Ky1eW7tdm97eKNkO5FcYJkB6MO3Wut+Gn/ACTnwr/2CbT/ANErXyZ+0V/yWPxB
/wBu/wD6TxVKV2Nntf8Aw0h4Q/6B2v8A/fiH/wCO1e0P4/eFtZ1rT9LtbDW0uL24jto2khiChnYKCSJCcZPoa+Pq6T4af8lG8K/9
ha0/9HLVcqFc++6KKKzGFFFFAGJ408SWfhHw1ea5qUdxLaWuzeluoZzudUGASB1Yd+leXf8ADSHhD/oHa/8A9+If/jtdJ+0V/wAk
c8Qf9u//AKURV8UVcUmJs+s/+GkPCH/QO1//AL8Q/wDx2vQ/h34203x5os+qaPBeQ28Vw1sy3SKrFgqtkBWYYw47+tfBNfWf7Jf/
ACTnUf8AsLSf+iYaHFJAmdt8SfiRpHw+/s7+2ba/n+3eZ5f2SNGxs253bmX++MYz3rif+GkPCH/QO1//AL8Q/wDx2ub/AGw/+ZR/
7e//AGjXzhQopoGz6z/4aQ8If9A7X/8AvxD/APHa9e0PUodZ0XT9UtVkS3vbeO5jWQAMFdQwBAJGcH1NfndX338NP+Sc+Ff+wTaf
+iVpSVgRyXjT42eHPCPiW80PUrLV5bu12b3t4o2Q7kVxgmQHow7daxP+GkPCH/QO1/8A78Q//Ha8U/aK/wCSx+IP+3f/ANJ4q83q
lFBc+wdD+P3hbWda0/S7Ww1tLi9uI7aNpIYgoZ2CgkiQnGT6GvXq+BPhp/yUbwr/ANha0/8ARy1991MlYaPE/wDhpDwh/wBA7X/+
/EP/AMdo/wCGkPCH/QO1/wD78Q//AB2vkyiq5UK59t/Dv4taF481qfS9HtNThuIrdrlmuo41UqGVcAq7HOXHb1rqfGniSz8I+Grz
XNSjuJbS12b0t1DOdzqgwCQOrDv0r5m/ZL/5KNqP/YJk/wDR0Ne2ftFf8kc8Qf8Abv8A+lEVS1rYZzf/AA0h4Q/6B2v/APfiH/47
R/w0h4Q/6B2v/wDfiH/47XyZRVcqFc+9vh34203x5os+qaPBeQ28Vw1sy3SKrFgqtkBWYYw47+tUviT8SNI+H39nf2zbX8/27zPL
+yRo2Nm3O7cy/wB8YxnvXE/sl/8AJOdR/wCwtJ/6Jhrm/wBsP/mUf+3v/wBo1NtbDOk/4aQ8If8AQO1//vxD/wDHaP8AhpDwh/0D
tf8A+/EP/wAdr5MoquVCufojoepQ6zoun6parIlve28dzGsgAYK6hgCASM4Pqa888afGzw54R8S3mh6lZavLd2uze9vFGyHciuME
yA9GHbrXW/DT/knPhX/sE2n/AKJWvkz9or/ksfiD/t3/APSeKpSuxs9r/wCGkPCH/QO1/wD78Q//AB2r2h/H7wtrOtafpdrYa2lx
e3EdtG0kMQUM7BQSRITjJ9DXx9XSfDT/AJKN4V/7C1p/6OWq5UK5990UUVmMKKKKACiiigAooooAKKKKACiiigAooooAKKKKACii
igAooooAKKKKAPzgooorYk9r/ZL/AOSjaj/2CZP/AEdDXtn7RX/JHPEH/bv/AOlEVeJ/sl/8lG1H/sEyf+joa9s/aK/5I54g/wC3
f/0oiqHuPofFFFFFWI+s/wBkv/knOo/9haT/ANEw1zf7Yf8AzKP/AG9/+0a6T9kv/knOo/8AYWk/9Ew1zf7Yf/Mo/wDb3/7RqPtD
6HzhRRRViPvv4af8k58K/wDYJtP/AEStaWsa9pGieT/bOq2Gn+dny/tdwkW/GM7dxGcZGceorN+Gn/JOfCv/AGCbT/0Stc38Yfhj
/wALH/sj/ib/ANm/YPO/5dvO8zzNn+2uMbPfrWXUo6T/AITzwh/0NWgf+DGH/wCKq7pHiXQtZuWt9H1rTL+4VDI0VrdxysFBA3EK
ScZIGfcV4N/wzH/1N3/lN/8Attdt8Jfg9/wr7xHc6r/bv9oedaNa+V9k8rGXRt2d7f3MYx3p2QHrVfnBX6P1+cFOAmFe1/sl/wDJ
RtR/7BMn/o6GvFK9r/ZL/wCSjaj/ANgmT/0dDVS2Ej2z9or/AJI54g/7d/8A0oir4or7X/aK/wCSOeIP+3f/ANKIq+KKUdhsK+s/
2S/+Sc6j/wBhaT/0TDXyZX1n+yX/AMk51H/sLSf+iYaJbAjm/wBsP/mUf+3v/wBo184V9H/th/8AMo/9vf8A7Rr5wpx2BhX338NP
+Sc+Ff8AsE2n/ola+BK++/hp/wAk58K/9gm0/wDRK1MwR8mftFf8lj8Qf9u//pPFXm9ekftFf8lj8Qf9u/8A6TxV5vVLYR0nw0/5
KN4V/wCwtaf+jlr77r4E+Gn/ACUbwr/2FrT/ANHLX33UzGj84KKKKsR7X+yX/wAlG1H/ALBMn/o6GvrSvkv9kv8A5KNqP/YJk/8A
R0NfWlZy3KRzf/CeeEP+hq0D/wAGMP8A8VR/wnnhD/oatA/8GMP/AMVXif8AwzH/ANTd/wCU3/7bR/wzH/1N3/lN/wDttFkGp9F2
08N1bRXFrLHNbyoJI5Y2DK6kZDAjggjnNfOn7Yf/ADKP/b3/AO0a9+8NaZ/YnhzStK87z/sNpFa+bt279iBd2MnGcZxk14D+2H/z
KP8A29/+0aI7gz5wooorQk++/hp/yTnwr/2CbT/0StfJn7RX/JY/EH/bv/6TxV9Z/DT/AJJz4V/7BNp/6JWvkz9or/ksfiD/ALd/
/SeKojuNnm9dJ8NP+SjeFf8AsLWn/o5a5uuk+Gn/ACUbwr/2FrT/ANHLViPvusTUfFvhzTLyS01LxBpFndx43w3F7HG65AIypYEZ
BB+hrbrxP4i/Ar/hMvGWoa9/wkX2L7X5f7j7D5mzZGqfe8wZztz071kvMo9I/wCE88If9DVoH/gxh/8Aiq1tI1bTdZtmuNH1Czv7
dXMbS2syyqGAB2kqSM4IOPcV8+/8Mx/9Td/5Tf8A7bXrXwl8C/8ACvvDlzpX9o/2h512115vkeVjKIu3G5v7mc5703YDN/aK/wCS
OeIP+3f/ANKIq+KK+1/2iv8AkjniD/t3/wDSiKviiqjsJhX1n+yX/wAk51H/ALC0n/omGvkyvrP9kv8A5JzqP/YWk/8ARMNEtgRz
f7Yf/Mo/9vf/ALRr5wr6P/bD/wCZR/7e/wD2jXzhTjsDCvvv4af8k58K/wDYJtP/AEStfAlfffw0/wCSc+Ff+wTaf+iVqZgj5M/a
K/5LH4g/7d//AEnirzevSP2iv+Sx+IP+3f8A9J4q83qlsI6T4af8lG8K/wDYWtP/AEctffdfAnw0/wCSjeFf+wtaf+jlr77qZjR+
cFFFFWI9r/ZL/wCSjaj/ANgmT/0dDXtn7RX/ACRzxB/27/8ApRFXif7Jf/JRtR/7BMn/AKOhr2z9or/kjniD/t3/APSiKoe4+h8U
UUUVYj6z/ZL/AOSc6j/2FpP/AETDXN/th/8AMo/9vf8A7RrpP2S/+Sc6j/2FpP8A0TDXN/th/wDMo/8Ab3/7RqPtD6HzhRRRViPv
v4af8k58K/8AYJtP/RK18mftFf8AJY/EH/bv/wCk8VfWfw0/5Jz4V/7BNp/6JWvkz9or/ksfiD/t3/8ASeKojuNnm9dJ8NP+SjeF
f+wtaf8Ao5a5uuk+Gn/JRvCv/YWtP/Ry1Yj77r84K/R+vzgqIDYV7X+yX/yUbUf+wTJ/6OhrxSva/wBkv/ko2o/9gmT/ANHQ1Uth
I+tK5v8A4Tzwh/0NWgf+DGH/AOKrpK+b/wDhmP8A6m7/AMpv/wBtrNW6lHtn/CeeEP8AoatA/wDBjD/8VW/bTw3VtFcWssc1vKgk
jljYMrqRkMCOCCOc186f8Mx/9Td/5Tf/ALbXv3hrTP7E8OaVpXnef9htIrXzdu3fsQLuxk4zjOMmh26AeA/th/8AMo/9vf8A7Rr5
wr6P/bD/AOZR/wC3v/2jXzhWkdhMK++/hp/yTnwr/wBgm0/9ErXwJX338NP+Sc+Ff+wTaf8AolamYI+TP2iv+Sx+IP8At3/9J4q8
3r0j9or/AJLH4g/7d/8A0nirzeqWwjpPhp/yUbwr/wBha0/9HLX33XwJ8NP+SjeFf+wtaf8Ao5a++6mY0Ymo+LfDmmXklpqXiDSL
O7jxvhuL2ON1yARlSwIyCD9DVb/hPPCH/Q1aB/4MYf8A4qvN/iL8Cv8AhMvGWoa9/wAJF9i+1+X+4+w+Zs2Rqn3vMGc7c9O9c3/w
zH/1N3/lN/8AttKyGfQWkatpus2zXGj6hZ39urmNpbWZZVDAA7SVJGcEHHuK4X9or/kjniD/ALd//SiKtL4S+Bf+FfeHLnSv7R/t
DzrtrrzfI8rGURduNzf3M5z3rN/aK/5I54g/7d//AEoipLcD4oooorUk+s/2S/8AknOo/wDYWk/9Ew1zf7Yf/Mo/9vf/ALRrpP2S
/wDknOo/9haT/wBEw1zf7Yf/ADKP/b3/AO0aj7Q+h84UUUVYj77+Gn/JOfCv/YJtP/RK18mftFf8lj8Qf9u//pPFX1n8NP8AknPh
X/sE2n/ola+TP2iv+Sx+IP8At3/9J4qiO42eb10nw0/5KN4V/wCwtaf+jlrm66T4af8AJRvCv/YWtP8A0ctWI++6/OCv0fr84KiA
2Fe1/sl/8lG1H/sEyf8Ao6GvFK9r/ZL/AOSjaj/2CZP/AEdDVS2Ej2z9or/kjniD/t3/APSiKviivtf9or/kjniD/t3/APSiKvii
lHYbCvrP9kv/AJJzqP8A2FpP/RMNfJlfWf7Jf/JOdR/7C0n/AKJholsCPY9Rv7PTLOS71K7t7O0jxvmuJBGi5IAyxIAySB9TWJ/w
nnhD/oatA/8ABjD/APFUfEXwx/wmXg3UNB+1/Yvtfl/v/K8zZskV/u5Gc7cde9eJ/wDDMf8A1N3/AJTf/ttQrdRnuFt408LXVzFb
2viXRJriVxHHFHfxMzsTgKAGySTxiugrwHw1+zv/AGJ4j0rVf+Eo8/7DdxXXlf2ft37HDbc+acZxjODXv1Dt0A+KP2iv+Sx+IP8A
t3/9J4q83r0j9or/AJLH4g/7d/8A0nirzetFsSdJ8NP+SjeFf+wtaf8Ao5a++6+BPhp/yUbwr/2FrT/0ctffdTMaPzgoooqxHtf7
Jf8AyUbUf+wTJ/6Ohr60r5L/AGS/+Sjaj/2CZP8A0dDX1pWctykc3/wnnhD/AKGrQP8AwYw//FUf8J54Q/6GrQP/AAYw/wDxVeJ/
8Mx/9Td/5Tf/ALbR/wAMx/8AU3f+U3/7bRZBqfRdtPDdW0VxayxzW8qCSOWNgyupGQwI4II5zXzp+2H/AMyj/wBvf/tGvfvDWmf2
J4c0rSvO8/7DaRWvm7du/YgXdjJxnGcZNeA/th/8yj/29/8AtGiO4M+cKKKK0JPvv4af8k58K/8AYJtP/RK18mftFf8AJY/EH/bv
/wCk8VfWfw0/5Jz4V/7BNp/6JWvkz9or/ksfiD/t3/8ASeKojuNnm9dJ8NP+SjeFf+wtaf8Ao5a5uuk+Gn/JRvCv/YWtP/Ry1Yj7
7rE1Hxb4c0y8ktNS8QaRZ3ceN8NxexxuuQCMqWBGQQfoa268T+IvwK/4TLxlqGvf8JF9i+1+X+4+w+Zs2Rqn3vMGc7c9O9ZLzKPS
P+E88If9DVoH/gxh/wDiq1tI1bTdZtmuNH1Czv7dXMbS2syyqGAB2kqSM4IOPcV8+/8ADMf/AFN3/lN/+21618JfAv8Awr7w5c6V
/aP9oeddtdeb5HlYyiLtxub+5nOe9N2Azf2iv+SOeIP+3f8A9KIq+KK+1/2iv+SOeIP+3f8A9KIq+KKqOwmFfWf7Jf8AyTnUf+wt
J/6Jhr5Mr6z/AGS/+Sc6j/2FpP8A0TDRLYEc3+2H/wAyj/29/wDtGvnCvo/9sP8A5lH/ALe//aNfOFOOwMK++/hp/wAk58K/9gm0
/wDRK18CV99/DT/knPhX/sE2n/olamYI+TP2iv8AksfiD/t3/wDSeKvN69I/aK/5LH4g/wC3f/0nirzeqWwjpPhp/wAlG8K/9ha0
/wDRy19918CfDT/ko3hX/sLWn/o5a++6mY0fnBRRRViPa/2S/wDko2o/9gmT/wBHQ17Z+0V/yRzxB/27/wDpRFXif7Jf/JRtR/7B
Mn/o6GvbP2iv+SOeIP8At3/9KIqh7j6HxRRRRViPrP8AZL/5JzqP/YWk/wDRMNc3+2H/AMyj/wBvf/tGuk/ZL/5JzqP/AGFpP/RM
Nc3+2H/zKP8A29/+0aj7Q+h84UUUVYj77+Gn/JOfCv8A2CbT/wBErXyZ+0V/yWPxB/27/wDpPFX1n8NP+Sc+Ff8AsE2n/ola+TP2
iv8AksfiD/t3/wDSeKojuNnm9dJ8NP8Ako3hX/sLWn/o5a5uuk+Gn/JRvCv/AGFrT/0ctWI++6KKKxKCiiigAooooAKKKKACiiig
AooooAKKKKACiiigAooooAKKKKACiiigD84KK9I/4Uj8Qv8AoX//ACdt/wD45R/wpH4hf9C//wCTtv8A/HK1uiTo/wBkv/ko2o/9
gmT/ANHQ17Z+0V/yRzxB/wBu/wD6URVwH7PHw68U+EfGt7f+IdL+x2kmnvAsn2iKTLmSNgMIxPRW56cV6j8Z9D1HxH8NdY0rRrf7
Tf3Hk+XFvVN22ZGPLEAcKTyah7j6HwtRXpH/AApH4hf9C/8A+Ttv/wDHKP8AhSPxC/6F/wD8nbf/AOOVd0I9r/ZL/wCSc6j/ANha
T/0TDXN/th/8yj/29/8AtGu//Z48Laz4R8FXth4hs/sd3JqDzrH5qSZQxxqDlCR1VuOvFYn7SXgjxD4y/wCEd/4RvT/tv2T7T537
6OPZv8rb99hnO1unpU/aH0PkyivSP+FI/EL/AKF//wAnbf8A+OUf8KR+IX/Qv/8Ak7b/APxyquhH1n8NP+Sc+Ff+wTaf+iVrpKxP
A9jcaZ4K8P2F9H5V3a6fbwTR7g211jVWGRkHBB5HFbdZlBRRRSAK/OCv0fr4o/4Uj8Qv+hf/APJ23/8AjlXFiZ5vXtf7Jf8AyUbU
f+wTJ/6OhrnP+FI/EL/oX/8Aydt//jleofs8fDrxT4R8a3t/4h0v7HaSae8CyfaIpMuZI2AwjE9FbnpxTbVgR3/7RX/JHPEH/bv/
AOlEVfFFfdPxn0PUfEfw11jStGt/tN/ceT5cW9U3bZkY8sQBwpPJr5e/4Uj8Qv8AoX//ACdt/wD45Si9AZ5vX1n+yX/yTnUf+wtJ
/wCiYa8U/wCFI/EL/oX/APydt/8A45X0N+zx4W1nwj4KvbDxDZ/Y7uTUHnWPzUkyhjjUHKEjqrcdeKcnoCOA/bD/AOZR/wC3v/2j
XzhX1n+0l4I8Q+Mv+Ed/4RvT/tv2T7T5376OPZv8rb99hnO1unpXin/CkfiF/wBC/wD+Ttv/APHKIvQGeb199/DT/knPhX/sE2n/
AKJWvkz/AIUj8Qv+hf8A/J23/wDjlfXngexuNM8FeH7C+j8q7tdPt4Jo9wba6xqrDIyDgg8jilJgj5D/AGiv+Sx+IP8At3/9J4q8
3r334z/Czxl4j+Jesaro2j/abC48ny5ftUKbtsKKeGcEcqRyK4r/AIUj8Qv+hf8A/J23/wDjlUmrAc38NP8Ako3hX/sLWn/o5a++
6+Q/A/wf8daZ418P399oflWlrqFvPNJ9rgbaiyKzHAck4APA5r68qZAj84KK9I/4Uj8Qv+hf/wDJ23/+OUf8KR+IX/Qv/wDk7b//
AByquhHR/sl/8lG1H/sEyf8Ao6GvrSvnj9nj4deKfCPjW9v/ABDpf2O0k094Fk+0RSZcyRsBhGJ6K3PTivoeoluUgoooqQCvm/8A
bD/5lH/t7/8AaNfSFeJ/tJeCPEPjL/hHf+Eb0/7b9k+0+d++jj2b/K2/fYZztbp6VUdwZ8mUV6R/wpH4hf8AQv8A/k7b/wDxyj/h
SPxC/wChf/8AJ23/APjlXdEn1n8NP+Sc+Ff+wTaf+iVr5M/aK/5LH4g/7d//AEnir688D2Nxpngrw/YX0flXdrp9vBNHuDbXWNVY
ZGQcEHkcV88fGf4WeMvEfxL1jVdG0f7TYXHk+XL9qhTdthRTwzgjlSORUR3GzwKuk+Gn/JRvCv8A2FrT/wBHLXSf8KR+IX/Qv/8A
k7b/APxytvwP8H/HWmeNfD9/faH5Vpa6hbzzSfa4G2osisxwHJOADwOau6EfXlFFFZFBRRRQB5v+0V/yRzxB/wBu/wD6URV8UV90
/GfQ9R8R/DXWNK0a3+039x5Plxb1TdtmRjyxAHCk8mvl7/hSPxC/6F//AMnbf/45Vxegmeb19Z/sl/8AJOdR/wCwtJ/6JhrxT/hS
PxC/6F//AMnbf/45X0N+zx4W1nwj4KvbDxDZ/Y7uTUHnWPzUkyhjjUHKEjqrcdeKcnoCOA/bD/5lH/t7/wDaNfOFfWf7SXgjxD4y
/wCEd/4RvT/tv2T7T5376OPZv8rb99hnO1unpXin/CkfiF/0L/8A5O2//wAcoi9AZ5vX338NP+Sc+Ff+wTaf+iVr5M/4Uj8Qv+hf
/wDJ23/+OV9eeB7G40zwV4fsL6Pyru10+3gmj3BtrrGqsMjIOCDyOKUmCPkP9or/AJLH4g/7d/8A0nirzevffjP8LPGXiP4l6xqu
jaP9psLjyfLl+1Qpu2wop4ZwRypHIriv+FI/EL/oX/8Aydt//jlUmrAc38NP+SjeFf8AsLWn/o5a++6+Q/A/wf8AHWmeNfD9/faH
5Vpa6hbzzSfa4G2osisxwHJOADwOa+vKmQI/OCivSP8AhSPxC/6F/wD8nbf/AOOUf8KR+IX/AEL/AP5O2/8A8cqroR0f7Jf/ACUb
Uf8AsEyf+joa9s/aK/5I54g/7d//AEoirgP2ePh14p8I+Nb2/wDEOl/Y7STT3gWT7RFJlzJGwGEYnorc9OK9R+M+h6j4j+GusaVo
1v8Aab+48ny4t6pu2zIx5YgDhSeTUPcfQ+FqK9I/4Uj8Qv8AoX//ACdt/wD45R/wpH4hf9C//wCTtv8A/HKu6Ee1/sl/8k51H/sL
Sf8AomGub/bD/wCZR/7e/wD2jXf/ALPHhbWfCPgq9sPENn9ju5NQedY/NSTKGONQcoSOqtx14rE/aS8EeIfGX/CO/wDCN6f9t+yf
afO/fRx7N/lbfvsM52t09Kn7Q+h8mUV6R/wpH4hf9C//AOTtv/8AHKP+FI/EL/oX/wDydt//AI5VXQj6z+Gn/JOfCv8A2CbT/wBE
rXyZ+0V/yWPxB/27/wDpPFX154HsbjTPBXh+wvo/Ku7XT7eCaPcG2usaqwyMg4IPI4r54+M/ws8ZeI/iXrGq6No/2mwuPJ8uX7VC
m7bCinhnBHKkciojuNngVdJ8NP8Ako3hX/sLWn/o5a6T/hSPxC/6F/8A8nbf/wCOVt+B/g/460zxr4fv77Q/KtLXULeeaT7XA21F
kVmOA5JwAeBzV3Qj68r84K/R+vij/hSPxC/6F/8A8nbf/wCOVMWNnm9e1/sl/wDJRtR/7BMn/o6Guc/4Uj8Qv+hf/wDJ23/+OV6h
+zx8OvFPhHxre3/iHS/sdpJp7wLJ9oiky5kjYDCMT0VuenFNtWBH0PRRRWYwooooA+b/ANsP/mUf+3v/ANo184V9Z/tJeCPEPjL/
AIR3/hG9P+2/ZPtPnfvo49m/ytv32Gc7W6eleKf8KR+IX/Qv/wDk7b//ABytIvQTPN6++/hp/wAk58K/9gm0/wDRK18mf8KR+IX/
AEL/AP5O2/8A8cr688D2Nxpngrw/YX0flXdrp9vBNHuDbXWNVYZGQcEHkcUpMEfIf7RX/JY/EH/bv/6TxV5vXvvxn+FnjLxH8S9Y
1XRtH+02Fx5Ply/aoU3bYUU8M4I5UjkVxX/CkfiF/wBC/wD+Ttv/APHKpNWA5v4af8lG8K/9ha0/9HLX33XyH4H+D/jrTPGvh+/v
tD8q0tdQt55pPtcDbUWRWY4DknAB4HNfXlTIEFFFFQMK83/aK/5I54g/7d//AEoir0iuJ+M+h6j4j+GusaVo1v8Aab+48ny4t6pu
2zIx5YgDhSeTTW4HwtRXpH/CkfiF/wBC/wD+Ttv/APHKP+FI/EL/AKF//wAnbf8A+OVpdEntf7Jf/JOdR/7C0n/omGub/bD/AOZR
/wC3v/2jXf8A7PHhbWfCPgq9sPENn9ju5NQedY/NSTKGONQcoSOqtx14rE/aS8EeIfGX/CO/8I3p/wBt+yfafO/fRx7N/lbfvsM5
2t09Kn7Q+h8mUV6R/wAKR+IX/Qv/APk7b/8Axyj/AIUj8Qv+hf8A/J23/wDjlVdCPrP4af8AJOfCv/YJtP8A0StfJn7RX/JY/EH/
AG7/APpPFX154HsbjTPBXh+wvo/Ku7XT7eCaPcG2usaqwyMg4IPI4r54+M/ws8ZeI/iXrGq6No/2mwuPJ8uX7VCm7bCinhnBHKkc
iojuNngVdJ8NP+SjeFf+wtaf+jlrpP8AhSPxC/6F/wD8nbf/AOOVt+B/g/460zxr4fv77Q/KtLXULeeaT7XA21FkVmOA5JwAeBzV
3Qj68r84K/R+vij/AIUj8Qv+hf8A/J23/wDjlTFjZ5vXtf7Jf/JRtR/7BMn/AKOhrnP+FI/EL/oX/wDydt//AI5XqH7PHw68U+Ef
Gt7f+IdL+x2kmnvAsn2iKTLmSNgMIxPRW56cU21YEd/+0V/yRzxB/wBu/wD6URV8UV90/GfQ9R8R/DXWNK0a3+039x5Plxb1Tdtm
RjyxAHCk8mvl7/hSPxC/6F//AMnbf/45Si9AZ5vX1n+yX/yTnUf+wtJ/6JhrxT/hSPxC/wChf/8AJ23/APjlfQ37PHhbWfCPgq9s
PENn9ju5NQedY/NSTKGONQcoSOqtx14pyegI9RooorMYUUUUAfFH7RX/ACWPxB/27/8ApPFXm9e+/Gf4WeMvEfxL1jVdG0f7TYXH
k+XL9qhTdthRTwzgjlSORXFf8KR+IX/Qv/8Ak7b/APxytU1YRzfw0/5KN4V/7C1p/wCjlr77r5D8D/B/x1pnjXw/f32h+VaWuoW8
80n2uBtqLIrMcByTgA8DmvrypkCPzgor0j/hSPxC/wChf/8AJ23/APjlH/CkfiF/0L//AJO2/wD8cqroR0f7Jf8AyUbUf+wTJ/6O
hr60r54/Z4+HXinwj41vb/xDpf2O0k094Fk+0RSZcyRsBhGJ6K3PTivoeoluUgoooqQCvm/9sP8A5lH/ALe//aNfSFeJ/tJeCPEP
jL/hHf8AhG9P+2/ZPtPnfvo49m/ytv32Gc7W6elVHcGfJlFekf8ACkfiF/0L/wD5O2//AMco/wCFI/EL/oX/APydt/8A45V3RJ9Z
/DT/AJJz4V/7BNp/6JWvkz9or/ksfiD/ALd//SeKvrzwPY3GmeCvD9hfR+Vd2un28E0e4NtdY1VhkZBwQeRxXzx8Z/hZ4y8R/EvW
NV0bR/tNhceT5cv2qFN22FFPDOCOVI5FRHcbPAq6T4af8lG8K/8AYWtP/Ry10n/CkfiF/wBC/wD+Ttv/APHK2/A/wf8AHWmeNfD9
/faH5Vpa6hbzzSfa4G2osisxwHJOADwOau6EfXlFFFZFBRRRQB5v+0V/yRzxB/27/wDpRFXxRX3T8Z9D1HxH8NdY0rRrf7Tf3Hk+
XFvVN22ZGPLEAcKTya+Xv+FI/EL/AKF//wAnbf8A+OVcXoJnm9fWf7Jf/JOdR/7C0n/omGvFP+FI/EL/AKF//wAnbf8A+OV9Dfs8
eFtZ8I+Cr2w8Q2f2O7k1B51j81JMoY41ByhI6q3HXinJ6AjgP2w/+ZR/7e//AGjXzhX1n+0l4I8Q+Mv+Ed/4RvT/ALb9k+0+d++j
j2b/ACtv32Gc7W6eleKf8KR+IX/Qv/8Ak7b/APxyiL0Bnm9fffw0/wCSc+Ff+wTaf+iVr5M/4Uj8Qv8AoX//ACdt/wD45X154Hsb
jTPBXh+wvo/Ku7XT7eCaPcG2usaqwyMg4IPI4pSYI+Q/2iv+Sx+IP+3f/wBJ4q83r334z/Czxl4j+Jesaro2j/abC48ny5ftUKbt
sKKeGcEcqRyK4r/hSPxC/wChf/8AJ23/APjlUmrAc38NP+SjeFf+wtaf+jlr77r5D8D/AAf8daZ418P399oflWlrqFvPNJ9rgbai
yKzHAck4APA5r68qZAj84KK9I/4Uj8Qv+hf/APJ23/8AjlH/AApH4hf9C/8A+Ttv/wDHKq6EdH+yX/yUbUf+wTJ/6Ohr2z9or/kj
niD/ALd//SiKuA/Z4+HXinwj41vb/wAQ6X9jtJNPeBZPtEUmXMkbAYRieitz04r1H4z6HqPiP4a6xpWjW/2m/uPJ8uLeqbtsyMeW
IA4Unk1D3H0PhaivSP8AhSPxC/6F/wD8nbf/AOOUf8KR+IX/AEL/AP5O2/8A8cq7oR7X+yX/AMk51H/sLSf+iYa5v9sP/mUf+3v/
ANo13/7PHhbWfCPgq9sPENn9ju5NQedY/NSTKGONQcoSOqtx14rE/aS8EeIfGX/CO/8ACN6f9t+yfafO/fRx7N/lbfvsM52t09Kn
7Q+h8mUV6R/wpH4hf9C//wCTtv8A/HKP+FI/EL/oX/8Aydt//jlVdCPrP4af8k58K/8AYJtP/RK18mftFf8AJY/EH/bv/wCk8VfX
ngexuNM8FeH7C+j8q7tdPt4Jo9wba6xqrDIyDgg8jivnj4z/AAs8ZeI/iXrGq6No/wBpsLjyfLl+1Qpu2wop4ZwRypHIqI7jZ4FX
SfDT/ko3hX/sLWn/AKOWuk/4Uj8Qv+hf/wDJ23/+OVt+B/g/460zxr4fv77Q/KtLXULeeaT7XA21FkVmOA5JwAeBzV3Qj68ooorI
oKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigA
ooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoooo
AKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKK
KACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACi
iigAooooA//Z
"""),
        ("lease.png", """
iVBORw0KGgoAAAANSUhEUgAACbAAAA20CAMAAAAZYgk/AAAAD1BMVEX///8YGCCWlqC+KCgeMpZB3/9rAAAACXBIWXMAAC4jAAAu
IwF4pT92AABGqElEQVR42uzYQZLdIAxAweD7Hzr7qYQaGwRCdK8ztsD2zyv+/AEAILXHFgAACDYAAAQbAIBgAwBAsAEAINgAAAQb
AACCDQBAsAEAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQAg2AAABBsAAIINAADB
BgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQ
bAAAgg0AAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAAAINgAA
wQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMA
EGy2AABAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECw
AQAg2AAABBsAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAQ
bAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAABBsAACCDQAA
wQYAINgAABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgCAYAMA
EGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYLMFAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECw
AQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABALBQA4jg57XeSQV3ccIGAIBgAwBA
sAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAA
BBsAgGADAECwAQAg2AAABBsAAIINAIBqGkAEP6+AEzYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYA
INgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAAACgBCdsAACCDQAAwQYAINgA
ABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2
AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBg
AwBAsAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAI
NgAABBsAAIINAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAHBkeQIA/OSE
DQAAwQYAgGADAAAAgCFO2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCA
YAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEA
INgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAABBsA
AKTVpgi4ZIp7h67rzcVnDxL9wNJs3Px5TnsUPuZV86w5eIAuJ2wAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAE
GwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAAAAcI8Huqq86L51AADBBgCAYAMA
EGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYA
AAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAACBMW2fZfT/faPqEi5a864nuu/HnCaIm/nrd/Tu4
biy/tvkOHqDLCRsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDY
AAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAAAA3OOBriovum8dAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCA
YAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAA
CDYAAAQbAIBgAwBAsAEACDYAAAjT9hmdY9M6smzf6lmWr3vODd9cJWSJW9+X0JsHXHzVZuX5iDcfPECXEzYAAAQbAACCDQBAsAEA
INgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAABBsA
AIINAAAAuMcDXVVedN86AIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADABBs
AAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAEGwAABCmvTX2
15OvM2uYxRcPHTvFDU+ZLNnGLB4n22uxap6d60528ABdTtgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAA
BBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAEGwAAAg2AAAA4B4PdFV50X3rAACCDQAAwQYAINgA
ABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2
AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBg
AwBAsAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAI
NgAABBsAAIINAIDztRQGRgpZTdAW7dv5RXdeu8Dhu0WOu/xZ73q5Au8bdunBC289eIAuJ2wAAAg2AAAEGwCAYAMAQLABAAg2AAAE
GwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAAAAcI8H
uqq86L51AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYA
AMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAACBMG/TqYr//x1NnbEsX
mW8J2yfJ9TSTDDQyw8r5Z94rw4e0bz0ZDx6gywkbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECw
AQAINgAABBsAAIINAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgAAANzjga4qL7pvHQBAsAEAINgAAAQbAACCDQAA
wQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAABBsAAIINAADBBgAg2AAA
EGwAAAg2AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAI04ZNvtyeGWIW8eGqGXbzoMGipwq5/i3PeMbl3l4jyd4ec/AA
XU7YAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAABBs
AAAINgAAwQYAgGADABBsAAAINgAAAOAeD3RVedF96wAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBA
sAEAINgAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQAg2AAA
BBsAAIINAECwAQBAmLbQthtPn2brSrJs44c5Eow+ZYSAdSzbmugbDV//1QXe3y1u/W+vnOHgAbqcsAEAINgAABBsAACCDQAAwQYA
INgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwA
AADAPR7oqvKi+9YBAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECw
AQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAgDBtpaA771tQ
5BxZVrVqqDzr3TnJ2L3f/XXhz9EP+y8PHqDLCRsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLAB
AAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAAAA3OOBriovum8dAECwAQAg2AAABBsAAIINAADB
BgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQ
bAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAjTZhi+4usLrL/jjDv/+m/nP6Ic91o9iu8begcP0OWEDQAAwQYA
gGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwA
AAg2AADBBgCAYAMAAADu8UBXlRfdtw4AINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECw
AQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAE
GwAAhGmj5l5tlklTzVtcnm0KniTDQuNm2La6TzcOmTblB59pqKMOHqDLCRsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwA
AAg2AADBBgCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAAAA3OOBriovum8dAECw
AQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAAAOA/nLABAAg2AAAEGwCA
YAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEA
INgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAABBsA
AIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAADgh1ZIoYVtWMqm
3dv50Pa+MJW+wxxrOXZHz34Vtk1/343/dX8nbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAASbLQAAEGwAAAg2
AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AAMEGACDYAAAAAKA0J2wAAIINAADBBgAg2AAAEGwAAAg2AADB
BgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwBA
sAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAQJyWR665su7SyUtLvKepRjvs3Usx7snfa7HfmjOXEz71wm3RNU7YAAAE
GwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQAA
wQYAINgAABBsAACCDQAAAAD4NydsAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsA
AIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLAB
AECcdrIFK9mzWeN3TfqQZ461eok7tnT+PbO9GMf8Gh34s5lm5ByD7Jxi2b0ljRM2AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLAB
ACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwAAAAA6nLABAAg2
AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBg
AwBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAAHFatMp3W3+/O1cxNN9Jj6jG63Ti2gam
W7ewNXeq+xIWXJmCccIGACDYAAAQbAAAgs0WAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgCA
YAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAAAAA3nDCBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMA
QLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYA
AAQbAACCDQBAsAEAINgAAAQbAADEaSf7vJKQLZh60ToPqcbCYsYu8JTnLKHK617os/ULVH0SJ2wAAAg2AAAEGwCAYAMAQLABAAg2
WwAAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAABBsAAIINAADBBgAg2AAA
AADgPk7YAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEAINgA
AAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAIA4LZO8k5VYzKSJ9i8s
z9aWemN7awNwwgYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2
AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABAAAAwNmcsAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAABBsAACC
DQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCA
YAMAEGwAAAg2AADBBgAAcdqZgtewdYtOeD6pZ1wwnG+o4jAVnmqNpRV5El+XMbJ8TeOEDQBAsAEAINgAAAQbAACCDQAAwQYAINgA
ABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAAACA/3PC
BgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQ
bAAAgg0AAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAADEaYcYGHrBerNu6YS5ci1t8TSf
bzc655Hf6KlrSjbYvnHG7nzEO3vbf34//tgJGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEA
CDYAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAABBsAAAINgAAwQYAAAAAl3PCBgAg2AAAEGwAAIINAADBBgCAYAMAEGwA
AAg2AADBBgCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAAQb
AIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAADEaRHi77BcwSVFLW3lVlV9LL4guzpxAfMWnmoL0z7PmYNNupYTNgAABBsA
AIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLAB
ACDYAAAQbAAAgg0AAAAA+OOEDYC/7N3rciI5toBRQ+b7P/OJ0zUz0WVjSCl12dpaK+bXtAFJqOwvRAKAYAMAQLABAAg2AAAEGwAA
gg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEA
INgAABBsAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADABBsAADQ02NRS0wiwUrHmsLyC9prAkEWJsWvlkHzmrZWfnWa2M+hOGED
AECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDY
AAAEGwAAgg0AAMEGACDYAAAAAGALTtgAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADAECwAQAI
NgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCA
YAMAQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAACCDQBAsAEA
INgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAAAk8ougyqhZ3GnO5Ai967vnUPUSIhW4+iMW3z/3h
5/3dEHhm/f9S4IQNAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAE
GwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAAAIAwnLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAA
gg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYA
gGADABBsAAAINgAAwQYAAP08Bhj+gNMfeMthrzuB5Re824wa3Y8NYSbZ/9GFnI/AccIGACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAA
CDYAAMEGAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAAAMBfnLAB
AAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQb
AIBgAwBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAAP08ljRmCust1CIjHjvM+IvSaoTN
Z+r3I+CEDQAAwQYAINgAABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwWQIAAMEGAIBgAwAQ
bAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAAAAAGThhA0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAA
CDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsA
gGADAECwAQAINgAA6OexqDuTiLkAKZ6WxPPpMKHYS3RjdJMn5tc64IQNAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADB
BgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAAAIAfnLABAAg2AAAEGwCA
YAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEA
INgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAAP08Kty+g876jK/VvUZfvcgj3HPnLTTm+jtbcekW
mkKMsS3wJCfYhz+mgRM2AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDY
AAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwAAAAD+wwkbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAACCDQAA
wQYAINgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAA
EGwAAAg2AADBBgCAYAMAEGwAANDPo7nOdz/kEWY8lDXK/pwEnlWCNY06hZzbde25rTbuGeN1wgYAgGADAECwAQAINgAABBsAgGAD
AECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABAAAA
QEZO2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAE
GwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwCAfh7Fbt584p2PlGYi42az
9pItO/oVBj5wjE0fKtdvgdAzWnSpQw7bCRsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2
AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAAAAAGk5YQMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAE
GwCAYAMAQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAACCDQBA
sAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAA
BBsAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAQbAAAgg0A
AMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAgGAD
ABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAgGADAECwAQCwY3kCAHwnkfQaAKDYvCQKAECmEzaLgH2AfYB9QM59YDsDAAg2AAAE
GwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAA8Cc8ny/S88EI9oHn3u8DIm6ObfaBBCjfB07Y
AAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAAAI
NgAAwQYAgGADABBsAAAINgAAdgjPp/TEPsA+wD4g6T6wnQEABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADB
BgCAYAMAQLABAAg2AAAEGwAAS4QnAMBPTtgAABBsAACkCc+n9MQ+wD7APiDpPrCdAQAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEG
ACDYAAAQbAAACDYAAMEGAIBgAwBAsAEACDYAAPgTns8X6flYn2fWPkjCPvArxe8DWy7OPnDCBgCAYAMAEGwAAAg2AAAEGwCAYAMA
QLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEAsEN4
PqUn9gH2AfYBSfeB7QwAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAAWCI8
AQB+csIGAIBgAwAgTXg+pSf2AfYB9gFJ94HtDAAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwAA
gg0AQLABAMCf8Hy+SM8HfdkHni+/Dzy/9oHne8F94IQNAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLAB
ACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBgh/B8Sk/sA+wD7AOS7gPbGQBAsAEAINgA
AAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQCwRHgCAPzkhA0AAMEGAECa8HxKT+wD7APs
A5LuA9sZAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAgD/h+XyRng/asg9YY+fs
uw/8LbAP7KRL+8AJGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEA
INgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAwA7h+ZSe2AfYB9gHJN0HtjMAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAA
BBsAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAYInwBAD4yQkbAACCDQCANOH5lJ7YB9gH2Ack3Qe2MwCAYAMAQLABAAg2AAAE
GwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAAB/wvP5Ij0fOXh27QObzT7wy8M+8OQ23AdO2AAAEGwAAIIN
AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBg
AwAQbAAACDYAAHYIz6f0xD7APsA+IOk+sJ0BAAQbAACCDQBAsAEAINgAABBsAACCDQAAwQYAINgAABBsAAAINgAAwQYAgGADAECw
AQAINgAABBsAAEuEJwDAT07YAAAQbAAApAnPp/TEPsA+wD4g6T6wnQEABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwA
AAg2AADBBgCAYAMAQLABAAg2AAD4E57PF+n54Cr7gEx7wj6whewDW+btPnDCBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABACDYAAAE
GwAAgg0AQLABACDYAAAQbAAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEAsEN4PqUn9gH2AfYB
SfeB7QwAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAAWCI8AQB+csIGAACO
2ACA7Q/YAAAIfzBlCQAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMA
QLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAACDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwBAsAEAINgA
AAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGADAECwAQAINgAABBsAAIINAECwAQAg2AAABBsAAIIN
AADBBgAg2AAAYLhHDPPH1HEEERc81VzWX+AhM5iyTKs8NwHG2XIIeTdU4GHKCSdsAACCDQAAwQYAgGADABBsAAAINgAAwQYAgGAD
AECwAQAINgAABBsAAIINAECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAEGwAAAg2AAAEGwAAAAA054QNAECw
AQAg2AAABBsAAIINAADBBgAg2AAAEGwAAIINAADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAE
GwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBgAwAQbAAACDYAAAQbAIBgAwBAsAEACDYAAAQbAACCDQBAsAEAINgAABBsAACCDQAA
wQYAINgAABBsAAAINgAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAg2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg2AAA
EGwAAAg2AADBBgCAYAMAQLABAJDAI5a+Y5s/88oRtBt45Cc///DXmlL1yAJOqfeQ2t9/qq3uDy1O2AAABBsAAIINAADBBgAg2AAA
EGwAAIINAADBBgCAYAMAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAAgg0A
AAAAqOKEDQBAsAEAINgAAAQbAACCDQAAwQYAINgAABBsAACCDQAAwQYAgGADABBsAAAINgAABBsAgGADAECwAQAINgAABBsAAIIN
AECwAQAg2AAABBsAAIINAADBBgAg2AAAEGwAAAg2AADBBgCAYAMAEGwAAAg2AAAEGwCAYAMAQLABAAg2AADo57GKNUfddxIT1yTk
03FzUOttsYEjTvHvb+KEMq2fP5s4YQMAQLABAAg2AAAEGwAAgg0AQLABACDYAAAEGwAAgg0AAMEGACDYAAAQbAAACDYAAMEGAIBg
AwAQbAAACDYAAAQbAIBgAwBAsAEAINgAAAQbAACCDQBAsAEAINgAAAAAYElO2AAABBsAAIINAECwAQAg2AAAEGwAAIINAADBBgAg
2AAAEGwAAAg2AADBBgCAYAMAQLABAAg2AAAEGwCAYAMAQLABACDYAAAEGwAAgg0AQLABACDYAAAQbAAAgg0AAMEGAIBgAwAQbAAA
CDYAAMEGAIBgAwBAsAEACDYAAAQbAIBgAwCAfh65rDy3DM9Lzr211KzmDLbjo/p3scHijRjnjLXo/ZgKxgkbAIBgAwBAsAEAkIVr
2IzdHFzD5ho217Btew3b8TvXsCHY/H7yh8msBJt/F7buxGA7Sgg2BJtg8IfJrASbfxeCbWCwHfUEG4LNL3d/mMxKsPl3Idg6B9vR
gmBDsAk2f5jMSrD5dyHY+jhaEmwINsHmD5NZCTb/LgRb4FgriDbBhmATbOZgVoLNDhJss2LtYrQJNgSbYDMHsxJsdpBgm1prn5tN
sCHYBJs5mJVgs4ME2+RY+xRtgg3BJtjMwawEmx0k2CLU2ptmE2wINsFmDmYl2OwgwdYk1/rdjWBDsAk2czArwWYHCbY7mTXgLgUb
gk2wmYNZCTY7SLBVtVX1YxQnm2BDsAk2czArwWYHCbbSohrxGIINwSbYzMGsBJsdJNgqU6rhWlxNNsGGYBNs5mBWgs0OEmxXI+ox
+I0Ngg3BJtjMwawEmx0k2ArqqeNafHpYwYZgE2zmYFaCzQ4SbB+7qftavH1swYZgE2zmYFaCzQ4SbO+TadBaXLtsTrAh2ASbOZiV
YPOk7BpsMT4T7UqyCTYEm2AzB7MSbJ6UPYMtzrcOfCw2wYZgE2zmYFaCzZOyY7BF+l7Pj8km2ACA/Vy4bsyQAAC0kWQDACgIIyMD
AJBrkg0AIEUQSTYAQK+FjyHFBgDItfAlJNkAAL0WvoIUGwAg18InkGQDAPSaIQMAhI4fowYACB0+h4EDAITOHmMHANA8Rg8AsE/w
SDYAQK+ZAwBAnNYxDQAAoWMiAAB7Vo5kAwD0mukAAAgcEwIA+D1vzAkAQNuYFQCAslFsAEDSrjE1AABRY3IAAJJGsQEAgsYEAQDk
jCkCAGwSM4oNAJAypgkAMCJkzBQAQMWYKwCAhjFbAEDBmC8AQOZ+OV5RbAAA8+vluEKxAQBMaZejjGIDABhZLkcdxQYAMCJcjnsE
GwCg17p2S1GGjWw2xQYA6LXXAdb1dooNANBrt2pt8O0VGwCg10pya+q9KDYAIEWwBay1/s0m2ACATXutfWAdI4ZqQwAAu/SauwUA
6JAqR5d7XSEwXcYGACwSbB3us/eYFyhMAIBwoTIifbqOWrEBALl7bcLXtis2AGCTXmv9Rs6Bgw+6FgAAjSNlsVxr/3CCDQDYqdfG
z0CxAQB6LWKutX5UxQYA5A62aaXTfgqCDQDI2GszQ6fDLBQbAJC21ybPRbEBAIItZq+1G4BgAwBy9lqIwmk8F8UGAIQKtgy91qPY
bBIAIEqvHW3uKcyUoiwMAECsXos0K8UGACQLtib3E2xaIdYGAKBRkxwt7ifcxCIsDgBAoyZpcDcRpxZgdQAA9JpiAwAE24q91mJc
gg0A0GuKDQDgYo0ct+8l8gxnLxEAQIMaydlrbYvNhgEAZvbacfdOok9y7iIBANxvkbS91rTYbBkAYF6vHTfvY4V5zlwmAIDbJXLz
PpaY6NR1AgC42SE3T58WmerMhQIAuNkhyXutYbHZNgDAWsG2UMM0mKdgAwD0mmJL7WkJAAAAgGQ2O2BzxAYAbBhsy+XL/ckKNgBA
rym2xFzDBgAAACSz4QFbqyM2mwcAGNxrx43bLzrtKSsGAFCdHzduv+q85ywZAEBlfGx1wOaIDQDYJtgWzpa7kxZsAMDwYKu/+cpT
n7FoAAB16bHbAZsjNgBguWDbrtfaFJstBAAM67X6bll9+hPWDQBgVHgcKYLtGL5uAABV4VF96/XnP37hAAAqsmPLAzZHbADAFsGW
YQUEGwCwQrBV3zjFCoxeOmA/56TbAoItQ60INlgmW9ae9lk/9f+/qWYDvVZXHUeiYDsGrx0Ej4tecXCem6bH+R/jbwzkCrbaG2dZ
hNGLB6Hb4qtLHZznvuVxZ+qnYAPB5oCtxRGbjUTKtGgbCOdfLOr0JwRYstdqeyXPMgxePYhfFg0L4TxPwVY3+b3XDfieHLW3TbQM
Y5cPVsi1No1wdrnXBde15lq0/91EsIFg2/2ArcERm61Esl77ahVXLzpt42ArL7bN1w0QbIINfo+rH63VrNa+5pbHOXNl/07isoAW
bKDXKosjV6fcWAPFRrpeex1cjWptannM+kiRf8+4YD2DhK5IhEDBNipxcgWbIzZS59qP7KqvtTf9MmGOU3utoNi+/+Ck4TvXg6WD
7UgYbMfIBYSYuXa+ba8WtTYt2Oa94eG3g8vSgg4xemDBYMu2FIKN7Xvtc4AVlNrvPz6jAea9Q/Xng14YyMsfmbdu/o1AjF4TbC5i
Q669+7P8ocHOs+yjOyZEwMTPFPm1vH4fyfsXqAUbbBts2/eaIzbk2tVX6F5djlX8QWvDK2Dip8C9uYzv45nm/HrSayDYBBtE6rXS
5jmra218Bvz4NLPxrfhuTMX/SbCBYBNsgo0tc63wc8EqO21SB7z4eLkAxfP+PbS/jDHM6IEZvXZU3TTjcgxcQ4jUaxWFd+8VxpEh
MPfjzC688vn5/5xWUIINQgXbmLjJGGyO2Ngr13402wolMPfjzC69t+B6r0UaPSDYBBuMy7Wz4qbrpMDvTVRxXxWf+n8pv76d/r0d
nGADwVZ4y5TLIdjYrtfmDqDmhjd7rbrY6o8jrw4w2jts9RpkCLac6yHY2CzXzslDqKi1mkvuWjz22SXYXryD9ewwDsEGGXpNsLUI
NsXG6OC51Wnn/L/F966fu9NrVY9dtWYFARbwM1H0GgQLtjFpkzPYHLExqXOKv1agzZs74wRbxZen//xPdY/cfI6lT8rY6//8k4Nl
gy1rnnhNlDVLrVqMCd1ZgtpeKy+2Pz9d9yEozWtw0POn10CwCTaYGGpR/hDfOeW6+m7KRp9n9vdVZu1nWPisCDYQbIJNsJG50yJO
seLnL0yp6RfQV35PQtlDfPUoQb0Ggk2wCTbm9FqrGywXbP/+8Q8TvDD10pcgi29VWndfwb7ZS7DB6sGWt06qV0OwMSLXCu9hnWmW
rcnLNSrvtYL2qv2ehJ7F07+m9BqE6zXB1ibYFBu9ei37POt67U2yXVy4kjeb1oy5f7Cd3begf4sQKNhGZE3eYHPERsde22Wm9T/6
MmwLP/ejrNdK3/oZoXVrzlv1Ggg2wQaXcu3cZq63fvJ7sp1tX7Ss/2Krzk9iWeuWNpteA8Em2OBSr+0028ur8r5wi19HvvjWhOJb
jUies/gzQwQb7BVsmdvEuw7Qa6GD7dOiFV/3d+mzP6oGHeZdAVUXQ+o1EGyCjVy90SnX9vlb2erlxcr3aVwIwbqeGfA0ln9RqWAD
wSbYBNumwdb2r9q533vzCl5evNwmjR7/9/909VPeRixdQcaeTZ8UQLAJNlLVhl77POlG63yWfV/A++q58CnFk5Pn6rdz/fOeg15f
0QAINsHGIsHW6G/buWWvNX558Sx+lfq3Rb/1xVaDnsiLV/ZdSky9BtF7TbC1CjbFtnGvtfjzdm76UaWXX9cbO4B7r3kGCLbvOzPI
VzQA1ZkxImoyB5sjNsnWpLTOc9uPlp9+Pdir+79XkcOeygufTlfevXoNBJtgQ7LptdI+6L4wv325Vf2wBwfbeW0/BfnEX2BMZeQu
ExexcbPZbt7DzutX2iQ9s+fSI356E+m8tfttP5435wUINsFGmmQ7b9x669Wb2Q+vvoz0xrhHPpu/HqTVfuKvYAPBJtiQbO9uuvvi
zcyHn5fnl2fenOJ5fTr4/so2vQaCTbAh2eo+uXXrP5Gfvyd05BBuf/zF2OfzxeHgreUUbCDYBBsbNVvxTSxc7ZFQy6euqNfeXkE2
Z/E+bqcYn/gLCDbBRphkO0t+3rLNvhrsv09ETW5HCbYrW++M8ZG/gGATbCyUbHrtfSaMv3q/8AF//fCMCYt3cfwhPvEXEGyCjXWS
zcuhHzrhnHH5/t3vjp8VbJeHf37+klQbEgSbYGO3ZPvMen2FuBqs7vl4/SbNifvt6k/rNRBsgg2+9Nr9YJt59X7pEz03eaounCxs
OUCwCTZ2TjYL9VvojF+g85//3Sq2OU9q4Wb69adtSRBsgg3JJtdqgm2xkU8a9PnPI1dGpl4DwSbY4O2fTWvwey2sUw/fP3R3zqBv
vldCsIFgE2xAcUOcqwXbuVTyRLhmEBBsgg1WL7aV6uF/xbZkZAo2EGyCDagLtrXiYb1ge1Fseg0Em2ADiopttfdkLPhGknPdiwZB
sAk2wQaBgm21oa94LLjka9Ag2ASbYIMAxbZePKz4SS2CDQSbYAPqC2LFD6lb8aP1/j1gvQaCTbABhdWzYDycyx4LCjZIGWypi61+
QQQbNA62Rce+6Jj1Ggg2wQaUF9uCY/+q+SrSIMUm2CB+sHlN9N7cDsEGgm39BbfmEL7YBFujYLOpoFlAWIkJxWY1QLAJNqCgHyzE
hGKzFiDYBBtQ0g/WQbABgk2wQdx++Frv0v0cxWYlQLAJNoDgxWYhIFmwJS42n+oB7FhsX041QbAJNgAAwSbYAIDsweYitjsz87m5
AMCIYhNsTYLNlgIAwgRb2mLziug4T0sAACDYAAAQbAAAAMDmblx8lfOSrRtr4Ro2AKBzsHnXQf2sfKoHADCm2ARbg2CzoQCAcMF2
pFwOwQYA5Ai2r7TBNnIRt+ZdogAAAEAK3nVwf07ecwAAjCq2MXWTr9e8IlrLS6IAAIINAAAAYIDDa6I35+MSNgBgXLEJNpewAQAp
g+1IthKCDQDIFGxfCYNt7AICAJT1xu6vibqEDQCIX2yjGidTrzlgq+djPQAAAIAsbp+wHYmWYezyAQCUFsfWr4ne7jXBBgCMKLba
26ZZhLGLBwAwpDlSBdvoxQMAKG6OfY/YDq+IAgCLFFvtjXMsweilAwAYGGxHihUQbADAAsG26xHb/V4TbABA9GA7EiyAYAMAlii2
6luvP//xCwcAUNMdWx6xOWADALIH21eKYJuwbgAAVeVRf+vFJz9+2QAA6spjv2I7HLBxzwPoy68ZaHRWtHywzVg0BBsg2MARmwM2
BBsINhBsCYrtaHHAJtgAgLHFduP2q857zpIBANTWx1ZHbA7YAIAli214+izZaw7YAICJwbZPsbXpNcFW6WkJAAAAgGT2O2JzwAYA
7BZsqxVbg7kKNgBAsem1xFzDBgAAAOSz1RGbAzYAYM9gW6fYWkxTsAEAM4Mte7E16zXBBgBMK7ZJKbRErzlgAwBCBNvd06cV5jlz
mQAA7qfIrBqK32sO2ACAIMGWt9ga9ppgAwCmFtu8Iordaw7YAIAwwZa02Fr2mmADACYX28wqittrDtgAAMWm1wAAhgRJzKZpNzHB
BgAoNr0GAHAhSZqkTbiJRVgcAIBWxTY9kIL1mgM2ACBcsB1N7inSrKIsDQBArGI7wkxJrwEA+YotRCgF6TUviAIAIYMtRbG17zXB
BgAkKrb5ydZ6InoNAMgWbLOLrfk8BBsAkLfYjpkT0WsAgGK7cm/TphFtQQAAwvXJnNbpMgPBBgAkLbYJydZn+HoNANig2I7Bw9dr
AMAOwXY0vsfFcq3DWgAAtK6U5vc4auRRlwIAIGqmjAifrqPWawBA+mLrnmx9h6zXAIDAwXZ0udcFCtMFbADAMsXmbvUaALBRsXV9
C2rHodoQAMBGxfZ3YN2875b3pdcAgJWDrecVZ/X33rPWXMAGAOxebN9jq/gB7t5erwEAiq2iuS4+SO3t9BoAoNiaNNvvj1X0w3oN
AFBsvZvtomXnDQCwVLiEijXBBgAotibRlmTWAACrtcv8VtNrAIBiqw+31DMGANAv5gsAKBizBQDQMOYKALB9xeg1ACBFxxymCQAg
ZUwSAEDM6DUAQM6YIACAoDE9AIBtkkavAQCixtQAAIZnzWFeAADKxqwAALSNXgMAchfbYUIAAALHdAAANk4cvQYASDYTAQAQOnoN
AOBz6hzmAACgdswAAGCn4JFrAIBiM3YAgIDVcxg4AED08jFqAIDo7XMYMgBA9Pw5jBcAQALJNQCAmxV0GCgAgBKSawAAN2PoMEIA
AEEk1wAAUkSRXAMAeNNFh2EBAEg2uQYAcLePDqMBAJBscg0A4GYnDS6lGKMAAFgt2Y5dBgAAsHCyHakfGwAgR7Id+R4WACBfsx0J
Hg8AIHuyNY2ocY8EALBXsjVJqRGPAQCwdbPdKKqe9w0AINnutFWHuwQA0GzX9b4bAABut1YDlhwAIHKzWWwAgMDRZpEBACI3m+UF
/q/dOqYBAAABGJbgXzQaeMiOVsKuARCeNlkBAMLTJicAQHjaZAQA6F6beAAA1W+TCwCgeW7iAADAg5EAAMCwAQBg2AAADBsAAIYN
AADDBgBg2AAAMGwAAIYNAADDBgCAYQMAMGwAABg2AAAMGwCAYQMAwLABABg2AAAMGwAAhg0AwLABAGDYAAAMGwAAhg0AAMMGAGDY
AAAwbAAAGDYAAMMGAIBhAwAwbAAAGDYAAAwbAIBhAwDAsAEAGDYAAAwbAACGDQDAsAEAYNgAADBsAACGDQAAwwYAYNgAADBsAAAY
NgAAwwYAgGEDADBsAAAYNgAADBsAgGEDAMCwAQBg2AAADBsAAIYNAMCwAQBg2AAAMGwAAIYNAADDBgBg2AAAMGwAABg2AADDBgCA
YQMAwLABABg2AAAMGwCAYQMAwLABAGDYAAAMGwAAhg0AwLABAGDYAAAwbAAAhg0AAMMGAIBhAwAwbAAAGDYAAMMGAIBhAwDAsAEA
GDYAAAwbAIBhkwAAwLABAGDYAAAMGwAAhg0AAMMGAGDYAAAwbAAAhg0AAMMGAIBhAwAwbAAAGDYAAAwbAIBhAwDAsAEAGDYAAAwb
AACGDQDAsAEAYNgAAAwbAACGDQAAwwYAYNgAADBsAAAYNgAAwwYAgGEDADBsAAAYNgAADBsAgGEDAMCwAQAYNgAADBsAAIYNAMCw
AQBg2AAAMGwAAIYNAADDBgBg2AAAMGwAABg2AADDBgCAYQMAMGwAABg2AAAMGwCAYQMAwLABAGDYAAAMGwAAhg0AwLABAGDYAAAw
bAAAhg0AAMMGAGDYAAAwbAAAGDYAAMMGAIBhAwDAsAEAGDYAAAwbAIBhAwDAsAEAYNgAAAwbAACGDQDAsAEAYNgAADBsAACGDQAA
wwYAgGEDADBsAAAYNgAAwwYAgGEDAMCwAQAYNgAADBsAgGGTAADAsAEAYNgAAAwbAACGDQAAwwYAYNgAADBsAACGDQAAwwYAgGED
ADBsAAAYNgAADBsAgGEDAMCwAQAYNgAADBsAAIYNAMCwAQBg2AAADBsAAIYNAADDBgBg2AAAMGwAABg2AADDBgCAYQMAMGwAABg2
AAAMGwCAYQMAwLABABg2AAAMGwAARwt8aokDTM0ePAAAAABJRU5ErkJggg==
"""),
        ("lease-150dpi.png", """
iVBORw0KGgoAAAANSUhEUgAABNgAAAbaCAAAAAAyipWCAAAACXBIWXMAABcSAAAXEgFnn9JSAAAd+0lEQVR42u3da3LjthKA0alZ
CJej5Wg52S2r7q1knMzDFkGgu0lA5/ycSABF2V8AWaK+7QCL+f4NYDHCBggbgLABCBuAsAEIGyBsAMIGIGwAwgYgbICwAQgbgLAB
CBuAsAHCBiBsAMIGIGwAwgYgbICwAQgbgLABCBuAsAHCBiBsAMIGIGwAwgYIG4CwAQgbgLABCBsgbADCBiBsAMIGIGwAwgYIG4Cw
AQgbgLABCBsgbADCBiBsAMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGCBuA
sAEIG4CwAQgbIGxOASBsAMIGIGwAwgYgbICwAQgbgLABCBuAsAHCBiBsAMIGIGwAwgYIG4CwAQgbQIm9wAbt9nfx17sqOLdWbICt
KICwAQgbgLABCBsgbADCBiBsAMIGIGyAsAEIG4CwAaRx2SJctojVWLEBtqIAwgYgbADCBiBsgLABCBuAsAEIG4CwAcIGIGwA9+E6
AICrewDYigIIG4CwAQgbIGwAwgYgbADCBiBsgLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBiBsgLABCBuAsAEIG4CwAcIGIGwAwgYg
bADCBggbgLABCBuAsAEIGyBsAMIGIGwAwgbQaS/wF8CHguZYsQFWbAB3Z8UG+OMBgLABCBuAsAEIGyBsAMIGIGwAwgYgbICwAQgb
gLABCBuAsAHCBiBsAMIGIGwAwgYgbICwAQgbgLABCBuAsAHr2+9j63Pqzk03HjqcsCEmGS1m0Nd3j3+Kr3iUYQeW8AjTTtpVMbFi
A2xFAYQNQNgAhA1A2ABhAxA2AGEDEDYAYQOEDWBiO8BirNgAW1EAYQMQNgBhAxA2QNgAhA1A2ACEDUDYAGEDEDYAYQMQNgBhA4QN
YBUVV7Pc0p2fp+TI0ieJmSDuMO/7fN/5x6Vh8Jz5o0d1BV0AW1EAYQOEDUDYAIQNQNgAhA1A2ABhAxA2AGEDiLADLMaKDbAVBRA2
AGEDEDYAYQOEDUDYAIQNQNgAhA0QNgBhAxA2AGEDEDZA2ABWUXE1y+1I480S7hw7U+6hRI2eepRFz0byUzH+KALOQ/apPBi/eXpX
0AWwFQUQNgBhA4QNQNgAhA1A2ACEDRA2AGEDEDaAWDvAYqzYAFtRAGEDEDYAYQMQNkDYAIQNQNgAhA1A2ABhAxA2AGEDEDYAYQOE
DWAVFVez3F44vsWQF8Nnznxu7ORzkDTN+HCNI1ScnoE5ip69g4nGjuL1vU+P7Qq6ALaiAMIGCBuAsAEIG4CwAQgbIGwAwgYgbADC
BjBiB1iMFRtgKwogbADCBiBsAMIGCBuAsAEIG4CwAQgbIGwAwgYgbADCBiBsgLABrKLiapbbSX336lEz08tZOg8h+cgPh2+aP/og
XRgWV9AFbEUBhA1A2ACEDUDYAIQNEDYAYQMQNgBhAxA2YH0+Lgv4EDyArSiAsAEIG4CwAcIGIGwAwgYgbADCBggbgLABCBuAsAEI
GyBsAMIGcE8VV7PcchwP3j59/4GOPcTz9844pWfHjD6G4PFGhzt5/1M3zznVr251nx8YV9AFsBUFEDZA2ACEDUDYAIQNQNgAYQMQ
NgBhAxA2gCY7wGKs2ABbUQBhAxA2AGEDEDZA2ACEDUDYAIQNQNgAYQMQNgBhAxA2AGEDhA1gFRVXs9yS9IyecESDQ768e+fYXXcb
PzUXPiHHw+T+LGZO1jBY0c+JK+gC2IoCCBuAsAHCBiBsAMIGIGwAwgYIG4CwAQgbQIEdYDFWbICtKICwAQgbgLABCBsgbADCBiBs
AMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGvJn9PrZYLYOmTHzJJK1zvbxB
05FmPZyucdPPbfAENT8LQ7PEHeKVMbFiA2xFAYQNQNgAhA1A2ABhAxA2AGEDEDYAYQOEDWBiO8BirNgAW1EAYQMQNgBhAxA2QNgA
hA1A2ACEDUDYAGEDEDYAYQMQNgBhA4QNYBUVV7PcApwcKWjihmHiHmLZo6qfK2qwU+Mc3TjzbKaNfWLg0WNwBV0AW1EAYQMQNkDY
AIQNQNgAhA1A2ACEDRA2AGEDuMYOsBgrNsBWFEDYAIQNQNgAhA0QNgBhAxA2AGEDEDZA2ACEDUDYAIQNQNgAYQNYRcXVLLcIgUNd
NNXIsK/um35m7vQsBhzL4BCppzth8KEhT9756OauoAtgKwogbICwAQgbgLABCBuAsAHCBiBsAMIGIGwADXaAxVixAbaiAMIGIGwA
wgYgbICwAQgbgLABCBuAsAHCBiBsAMIGIGwAwgYIG8AqKq5muZ3Sc5/Q8ToOoP+Yox/tHWZKmMolYXEFXcBWFEDYAIQNQNgAhA1A
2ABhAxA2AGEDEDYAYQPehY/LAj4ED2ArCiBsAMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGCBuAsAHcU8XVLLcK56aKPLD+
sc7cs+G2Bzcpfcxlz/zZifIOLGbkul+Z9plcQRfAVhRA2ACEDRA2AGEDEDYAYQMQNkDYAIQNQNgAKu0Ai7FiA2xFAYQNQNgAhA1A
2ABhAxA2AGEDEDYAYQOEDUDYAIQNQNgAhA0QNoBVVFzNcotxcrCxuV/e+2jo0IcdckSDJ6v+AZUM23LTr28zfvyvR2gbv+sokk79
Z5O4gi6ArSiAsAHCBiBsAMIGIGwAwgYIG4CwAQgbgLABnLUDLMaKDbAVBRA2AGEDEDYAYQOEDUDYAIQNQNgAhA0QNgBhAxA2AGED
EDZA2ABWUXE1y+2lltsciRhjYILM6VPGDh805wwEjJr9kxE5fvpPccg8rqALYCsKIGwAwgYIG4CwAQgbgLABCBsgbADCBiBsAMl2
gMVYsQG2ogDCBiBsAMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGCBvAKiquZrkF6hkx5Cj6B4k/CemTJB9yyvAlp/mOc7Ue
TPpBu4IugK0ogLABwgYgbADCBiBsAMIGIGyAsAEIG4CwAYTYARZjxQbYigIIG4CwAQgbgLABwgYgbADCBiBsAMIGCBuAsAEIG4Cw
AQgbIGwAq6i4muV2Ut+9IoceP4LEx3B2pvEb3PHBd88Rd3DxDzPpxKU+H66gC2ArCiBsAMIGCBuAsAEIG4CwAQgbIGwAwgYgbADB
doDFWLEBtqIAwgYgbADCBiBsgLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBggbwCoqrma5VaibqvBBnZss+8B6xz91v/EH0TOCS866
gi6ArSiAsAEIG4CwAcIGIGwAwgYgbADCBggbgLAB3IWPywI+BA9gKwogbADCBiBsgLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBggb
gLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBggbgLABCBuAsAEIGyBsAMIGIGwAwgYgbICwAQgbgLABCBuAsAEIGyBsAMIGIGwAwgYg
bICwAUxoL/AXwIeC5tSEbcc5cA6cg7pzYCsKeI0NQNgAhA1A2ACEDRA2gLnUvm9lS3f/9+5s9+EclJ/DBc+B97EB2IoCCBuAsAHC
BiBsAMIGIGwAwgYIG4CwAQgbQCxfYOFLPJwD58CXuQDYigIIG4CwAQgbIGwAwgYgbACBSt6QB/ChoDk+eeAd586Bc+CTBwBeYwMQ
NgBhAxA2QNgAhA3gUrXvW9lyTfHenfd5zJf9HNz45M53DuLPjfexAdiKAggbIGwAwgYgbADCBiBsgLABCBuAsAEIG8BLvsDCl3g4
B86BL3MBsBUFEDYAYQMQNkDYAIQNQNgAApW8IQ/gQ0FzfPLAO86dA+fAJw8AvMYGIGwAwgYgbICwAQgbwKVq37eyreR9zoGfg7Az
43fB+9gAbEUBhA0QNgBhAxA2AGEDEDZA2ACEDUDYAIQN4IAvsPAlHs6Bc+DLXABsRQGEDUDYAIQNEDYAYQMQNoBAJW/IA/hQ0Byf
PPCOc+fAOfDJAwCvsQEIG4CwAQgbIGwAwgZwqdr3rWy3U//enRUf3fw/B1WncIZz4H1sALaiAMIGIGwAwgYIG4CwAQgbgLABCBsg
bADCBnApX2DhSzycA+fAl7kA2IoCCBuAsAEIGyBsAMIGIGwAgUrekAfwoaA5PnngHefOgXPgkwcAXmMDEDYAYQMQNkDYAIQN4FK1
71vZ4k333p2tinNww3N09TnwPjYAW1EAYQMQNgBhA4QNQNgAhA1A2ACEDUDYAGEDuD1fYOFLPJwD58CH4AFsRQGEDUDYAIQNEDYA
YQMQNoBAJW/IA/hQ0ByfPPCOc+fAOfDJAwCvsQEIG4CwAQgbIGwAwgZwqdr3rWy1bvnenTd74GXnYLb3cG334n1sALaiAMIGIGwA
wgYIG4CwAQgbgLABCBsgbADCBnAXvsDCl3g4B86BL3MBsBUFEDYAYQMQNkDYAIQNQNgAApW8IQ/gQ0FzvnkfNLAaW1HAa2wAwgYg
bADCBiBsgLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBggbgLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBggbgLABXG2/j+21phsF3Ofk
GGNTnL93wEOKOCvDE0UdROM4o9OFn7O0n/nqh3L8JF/Big2wFQUQNgBhAxA2AGEDhA1A2ACEDUDYAIQNEDaAie0Ai7FiA2xFAYQN
QNgAhA1A2ABhAxA2AGEDEDYAYQOEDUDYAIQNQNgAhA0QNoBVVFzNcjup/V59429ZQ8cfTtIDTDxvZTO0TpZ6JJGD3+yH+cVArqAL
YCsKIGwAwgYIG4CwAQgbgLABCBsgbADCBiBsAJl2gMVYsQG2ogDCBiBsAMIGIGyAsAEIG4CwAQgbgLABwgYgbADCBiBsAMIGCBvA
KiquZrmd133HtIFixk89nPODH9wj++TNM0nv/cOfknudYVfQBbAVBRA2AGEDhA1A2ACEDUDYAIQNEDYAYQMQNoAEO8BirNgAW1EA
YQMQNgBhAxA2QNgAhA1A2ACEDUDYAGEDEDYAYQMQNgBhA4QNYBUVV7PcQg2O2XH3+EcRNGLIMBnP0eDAaYcUN0/VIWZM1jlc391c
QRfAVhRA2ABhAxA2AGEDEDYAYQOEDUDYAIQNQNgAztoBFmPFBtiKAggbgLABCBuAsAHCBiBsAMIGIGwAwgYIG4CwAQgbgLABCBsg
bACrqLia5ZYgeuS8Iz0/dM+xhBz/uUEGpkw826HzpB1n5gnIGjvwR8wVdAFsRQGEDRA2AGEDEDYAYQMQNkDYAIQNQNgAhA3ghR1g
MVZsgK0ogLABCBuAsAEIGyBsAMIGIGwAwgYgbICwAQgbgLABCBuAsAHCBrCKiqtZbkcab3ZC94jn79h+j/iHecVEXYOXPfSmuU4e
TdrBF/6UXv6z5Aq6ALaiAMIGCBuAsAEIG4CwAQgbIGwAwgYgbADCBtBqB1iMFRtgKwogbADCBiBsAMIGCBuAsAEIG4CwAQgbIGwA
wgYgbADCBiBsgLABrKLiapbbKV/fp2e0qLlzD+TVgPmPunauusdTMFPzFHHHkv2oTo7fdXNX0AWwFQUQNkDYAIQNQNgAhA1A2ABh
AxA2AGEDEDaAF3aAxVixAbaiAMIGIGwAwgYgbICwAQgbgLABCBuAsAHCBiBsAMIGIGwAwgYIG8AqKq5muX3mxX86K3Co/iETDqJs
9OTxb/H8THwW+u4Z9mCGBnIFXQBbUQBhA4QNQNgAhA1A2ACEDRA2AGEDEDYAYQM4bQdYjBUbYCsKIGwAwgYgbADCBggbgLABCBuA
sAEIGyBsAMIGIGwAwgYgbICwAayi4mqW26CmUWKm6h8+ef7xeZIOMPFxpw0dPnDPgPk/MBU/kq6gC2ArCiBsAMIGCBuAsAEIG4Cw
AQgbIGwAwgYgbADhdoDFWLEBtqIAwgYgbADCBiBsgLABCBuAsAEIG4CwAcIGIGwAwgYgbADCBggbwCoqrma5lSib62iipgMZPtrK
U9s7WcIxdg3pgrKuoAtgKwogbADCBiBsgLABCBuAsAEIG4CwAQgbIGwA8/BxWcCH4AFsRQGEDUDYAIQNEDYAYQMQNgBhAxA2QNgA
hA1A2ACEDUDYAGEDEDaAe6q4muXW6uTNB8TOFDbawUBH84Q+qrs8GfnHMd8Mp8cbOABX0AWwFQUQNgBhA4QNQNgAhA1A2ACEDRA2
pwAQNgBhAyi2AyzGig2wFQUQNgBhAxA2AGEDhA1A2ACEDUDYAIQNEDYAYQMQNgBhAxA2QNgAVlFxNcttRNcQAfOODJs0/fjQIQcW
/+gSz1fyZFVHPt05dwVdAFtRAGEDhA1A2ACEDUDYAIQNEDYAYQMQNgBhA+i2AyzGig2wFQUQNgBhAxA2AGEDhA1A2ACEDUDYAIQN
EDYAYQMQNgBhAxA2QNgAVlFxNcst08EUr/5zytFd/5DvdMwFZ2NkkpLDS5wr6/hdQRfAVhRA2ACEDRA2AGEDEDYAYQMQNgBhA4QN
QNgALrQDLMaKDbAVBRA2AGEDEDYAYQOEDUDYAIQNQNgAhA0QNgBhAxA2AGEDEDZA2ABWUXE1yy1a0rDBkzQPEPVwZjgtJcfYOE/E
scQ+nqPREs5e75CuoAtgKwogbADCBggbgLABCBuAsAEIGyBsAMIGIGwAWXaAxVixAbaiAMIGIGwAwgYgbICwAQgbgLABCBuAsAHC
BiBsAMIGIGwAwgYIG8AqKq5muUWLHPb0WEmPqWCWgTEzH3Ti2CeGPnkUrlHrCroAtqIAwgYgbICwAQgbgLABCBuAsAHCBiBsAMIG
kMTHZQEfggewFQUQNgBhAxA2QNgAhA1A2ACEDUDYAGEDEDYAYQMQNgBhA4QNQNgA7qniapZbn+47D81aN/ThWKcnS3zgl0wVNMmp
YRqfFVxBF8BWFEDYAIQNEDYAYQMQNgBhAxA2QNgAhA1A2ACS+Lgs4EPwALaiAMIGIGwAwgYIG4CwAQgbgLABCBvwRnz4Atb2/NPy
j1nY4J2S9iZ5EzZ4w6atXjdhg7eN2rpxEzZ476ot2TZhg9Wr1nszYQPul7Xg2wvbr7YGR7dsHynqjvHDnB0j6NBTRoscMfrITozX
fNP4s3d+5INb/hapxukXTZuwCZuwLRC2rqh9fmdhEzZhE7Y7hG2kap+MIGzCJmzCdnnYRqv2xyjCJmzCJmzXhi0ma4ulTdiETdhm
DltY1f6ZYJW0CZuwCdvEYQvM2o8J1iibsAmbsE0bttCsfUywRNqETdiEbdawBXdt29cpm7AJm7DNGbborP0XtgXSJmzCJmxThi08
az+H7b+0CZuwCZuwlYUtoWu/hG3ysgmbsAnbfGHLyNpvYZs7ba7uAdMpSs7EZRM20LXlyiZsMGfXlptL2EDXVpxN2EDXlE3YQNfe
pmzCBrq2XNmEDWbr2rtMK2yga8ombPBGXRv/KqrZyiZsMFXXnl13Gv165NleZxM2WLVrX0WsJ26TlU3YYMmN6FGJnl3jCRtwWdfa
bnx+yFnKJmywWtfOFOjssJOUTdhgra51vXq2WtmEDZYKW0d7zgwtbEB11wbeprZU2YQNlunaQHbaJ5iibMIGc4St6WZjk4QdibAB
Meuk0eQ0v0FkgrIJGyzRtYjetE0zQ9mEDVbYiMbUprVswgbkL9iiYtM00wRlEzaYf8EWWJq2sgkbkLxgCw3N8WQTlE3YQNeWK5uw
weQb0fDINJVN2IC8BVtCYw5nvH3ZhA2mXrClFKalbMIGJIXtmRS259BRCRtwtwXb/Es2YYOpF2xpMwsbkNa15xVdOxj69n8+EDaY
dsH2TA3bc+DIhA2434Jt8iWbsMG8C7bk6eddsn3/BrAa/1uEOXei6Sum15PfeskmbDDnTvRZELZn99EJG9AVtoIjEDagcCf6LAnb
c9K9qLCBBdtySzZh+8Xj4RwgbMLWE4/9pvV4/O2qKj5ElRPhKGrK0V5U2H7Jx/0WTT+OamD2x1AYB6PKml27fdjuWrbqsP392/vq
V/jxiaqqja2b/rln7wH//07Cxt0WbNMu2YrD9vj3t799QzZWtkfLMT0CFow/3bEjbke9R9iE7a5h++8396vf/E//+cwv/KNDTEb/
HOfM0vPHPljZELbZwvbbyuhxsHbqWUUdpuG4NZ11+aLIjWX78V+EjbZsFAbl1UEI25/B+PPX/Mtf/NbWxLweFxe29tv8GzZl41YL
tlmXbGVhO+7YywXNo2uKoCONquGLcsc+BIRN2K7J2h//ePAS1KM/GxVla7vLVyP/98/dr/DtiihswlYctoY/FRzUpOnFs7jDzbrH
4WuI3a/wWeu9U9hKczLli2wVYWt5c0dDuGqWa32DtYftcXDnzo3wwy5W2ISteMX2OFpnNaw3jnaqob/VPe9C6y/br//U/Qqfsgmb
sNVuRSMWG8N/W0hcsp17o93rOz96NsKPjLxzddemCNs9y3b91T2aXx4afjdIWtnGbvz7P3R8asEfVd9rwXaXsO3CFhGRL/8C8cg4
qLwbPw7ufHq5OPy3B+xEF9uL3uF6bI/OJGT+Kp/7GNfI0KMfjn2M/+0BYRO2W63t8l5Wygvb738FHYx11GddETZhu0fZMn+J28fu
eG/I0dVERv4YoWzCJmyzXRr88fN79HN/gwdf+mt+FKNVDb7ME8ImbFeUraRqJ4I19MnSgI/9f/qP0iZswjbdkq3mF7f5XSgDQ7/4
TMZIVZVN2IRturJV/dY+xi5F1DB02vVMlE3YhG2yspXve1/O3VmQw6+OGbyeibIJm7BxXIcvroE79BUJg9/W9frjs54+YRM2XsTl
56I9HuMfWf+3SgdhO75Qk2dI2IRN2Hrq83j5RrHBryEdCpeuCZuwCVtffQ6SM/bF8aOXavL8CJuwCVvsUm540TT25wFdEzZhE7aU
XergbvDRPM+nW2TPgbAJm7ClLduK5xE1YXM9NmHLTU5xQkXtvcLmCrrC9gY7X1GzZLth2O55+oTN6hBhEzZA2IQNCA6bb4I/8v0b
wGKEDViPNT94kW2xl9i8xgZeZFvuJTavsQFeYwPwGhvQvRW9fC96tBP1Ghsw3Ytsk77EJmwwZdhqyvb6AG4cNq+xAV5jA+7xItuz
4hDmfInNVhTsRZfbiQobTBu2Z/4BCBtQuRfdC8LWf3DCBnQtipLDcjD3nbvmr6KAv4p22ZiN1dIMe9HcJdvxgu3GKzZbUZh4L/rM
nHvenaiwgSXbcgs2YYOJl2x5ZTua9t5dEzaYOWxZZTucVdiAxCXbM2faqbsmbGDJttyCTdjg9mErL1tL14QNyFuyxZfteMK7d03Y
YPYlW3TZmrombMBEZVuha8IG829GI8vWMNf9uyZssMCSLexdH8+2rgkbkL9kCypb20T375qwwRJLtpCytXZN2ICasg2nrXGOGbom
bLDIZnS0bK1TzNA1YYNllmz7QHXaJxA2oLRsvWk7MfoUXRM2WKpsPWk7M/QcXRM2WCtsp18GOzmysAEXlO1U2s4OO0fXhA3WK1tr
r84POUnXhA2WLNuPmz+7//vUXRM2mCpsz/P3+OM+X/177OzCBiS15fmVgrmFDcjbDQ41bcKNqLDBO5Rt2omFDZRN14QNZi3bc/k5
hQ2UTdeEDZRt8a4JGyjbcl0TNlC25bombDBr2Z7rTCRsQFFw5u2asIGyLdc1YQNpWy1rwgbKtl7XhA0mL9tzsrGFDbggP9NnTdhA
2dbrmrCBtK2WNWGDRcr2vONwwgYMtuh5m5GEDbhFkBbKmrDBWmXrrNL4CMIGZKbtWXlnYQOq2vZMvZewAdek7TBTg981KmzAJWn7
vFcRX6EsbMDFbTu02FkQNnj7tq13CoQN3jpuaz58YYN3rdvCj1zY4P3ytvxjFjZgOd+/ASxG2ABhAxA2AGEDEDYAYQOEDUDYAIQN
QNgAhA0QNgBhAxA2AGEDEDZA2ACEDUDYAIQNQNgAhA0QNgBhAxA2AGEDEDZA2ACEDUDYAIQNQNgAYQMQNgBhAxA2AGEDhA1A2ACE
DUDYAIQNQNgAYQMQNgBhAxA2AGEDhA1A2ACEDUDYAIQNEDYAYQMQNgBhAxA2QNgAhA1A2ACEDUDYAIQNEDYAYQMQNgBhAxA2QNgA
hA1A2ACEDUDYAGEDEDYAYQMQNgBhA4TNKQCEDUDYAIQNQNgAhA0QNgBhAxA2AGEDEDZA2ACEDUDYAIQNQNgAYQMQNgBhAxA2AGED
EDZA2ADu73+QmhLRrZ7tlAAAAABJRU5ErkJggg==
"""),
    ]
}
