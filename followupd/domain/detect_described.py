"""Read a role from a description's labelled field and a company from what a description says of the job."""

from __future__ import annotations

import re

from followupd.domain.detect_roles import has_role

__all__ = ["described_company", "labelled_role"]

# A field a scheduling tool or a recruiter writes on a line of its own: "Role: Senior Product Manager, Growth",
# "Position: Data Engineer", "Stelle: Backend-Entwickler", "Poste : Développeuse", "Puesto: Diseñadora UX",
# "职位：产品经理", "직무: 데이터 엔지니어", "職種：エンジニア".
_LABELLED = re.compile(
    r"^[ \t]*(?:role|position|job|job\s+title|vacancy|opening|stelle|rolle|poste|rôle|puesto|vacante|cargo|vaga|"
    r"posizione|ruolo|functie|vacature|tjänst|roll|stilling|stanowisko|pozice|pozisyon|pozíció|θέση|"
    r"职位|職位|岗位|崗位|应聘职位|應徵職位|職種|募集職種|직무|포지션|지원\s*직무)"
    r"[ \t]*[:：][ \t]*(?P<role>[^\n]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def labelled_role(description: str) -> str:
    """The role a description's labelled field names ("" when it names none): the team after a comma stays."""
    for match in _LABELLED.finditer(description):
        role = match.group("role").strip(" .;\"'")
        if has_role(role) and len(role.split()) <= 8:
            return role
    return ""


# What a description says of the job and its employer: "the Business Analyst role at Oakridge Analytics",
# "die Stelle bei Nordwerk GmbH", "le poste chez Brume", "tjänsten på Volvo"; not "in", "en" or "na", which name
# a city as often ("the role in Berlin").
_UPPER = "A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f"
_NAME = rf"(?P<company>[{_UPPER}][\w&'.-]*(?:[ \t]+[{_UPPER}0-9&][\w&'.-]*){{0,3}})"
_AT_EMPLOYER = re.compile(
    r"\b(?i:role|position|opening|vacancy|job|opportunity|team|Stelle|Position|Rolle|poste|rôle|"
    r"puesto|vacante|cargo|vaga|posizione|ruolo|functie|vacature|tjänsten|rollen|stillingen|stanowisko)"
    r"\s+(?i:at|bei|chez|presso|bij|hos|på)\s+" + _NAME
)


def described_company(description: str) -> str:
    """The employer a description names where it speaks of the job ("" when it names none)."""
    for match in _AT_EMPLOYER.finditer(description):
        company = match.group("company").rstrip(".'-&")
        if company and not has_role(company):
            return company
    return ""
