"""Small notes in the genre's varied styles, written for the tests (not taken from any office)."""

from __future__ import annotations

from scrutiny.read.document import Document, lines_from_text, sha256_of


def document(text: str, name: str = "notes.txt") -> Document:
    data = text.encode()
    return Document(name, sha256_of(data), "txt", lines_from_text(text))


# Minutes that keep their bullets, list attendees by organisation and log actions in a table.
BULLETED = """\
Office of the Police, Fire and Crime Commissioner for Westshire
Tel: 01234 567890  Email: commissioner@westshire.example.gov.uk

Accountability Board

Date: Wednesday 19 February 2025 at 10am
Venue: Conference Room 2, Police HQ

1. Welcome and apologies

• The PFCC welcomed everyone to the meeting.

2. Minutes of the last meeting

• The minutes of the meeting held on 4 December 2024 were approved as an accurate record.

3. Performance

Reducing harm on our roads

• The Chief Constable reported 14 fatal collisions, down from 19.
• The PFCC asked whether speed enforcement had increased. The Chief Constable confirmed
  that 2,300 offences had been recorded in the quarter.
ACTION: Chief Constable to provide the enforcement breakdown by district by 30 April 2025.

4. Any other business

• There was no other business.

Action log
Ref\tAction\tOwner\tDue\tStatus
1\tProvide the enforcement breakdown by district\tCC\t30/04/2025\tOpen

Date of next meeting: Thursday 22 May 2025 at 2pm
"""

# Notes whose PDF conversion lost the bullets: each point starts with a space instead.
LOST_BULLETS = """\
Performance Scrutiny Meeting

1. Finance

The Chief Finance Officer introduced the item and provided a summary of the report.

 The Chief Finance Officer said the forecast underspend was £1.2m, mainly from
vacancies in police staff posts.
 The Police and Crime Commissioner asked how the underspend would be used. The Chief
Finance Officer explained it would go to reserves.

Actions

 Force: report on the use of reserves.

2. Any other business

 The Commissioner thanked officers for their work over the winter.
"""

# Minutes with no blank lines between paragraphs, initials for speakers, and an action log
# with references; one action is only in the log.
RUN_ON = """\
Office of the Police, Fire and Crime Commissioner for Eastshire

ACCOUNTABILITY BOARD
Minutes of the meeting held on Tuesday 11th May 2021 at 10.00am

Present:
PFCC Alan Reed (AR)
Chief Constable Nia Adeyemi (NA)
Priya Fenn, Director for Delivery (PF) (via Teams)

Apologies: Sam Nolan, Deputy Chief Constable (SN)

1. Welcome and Introductions
AR welcomed everyone to the meeting.

2. Minutes and actions from the previous meeting (9th March 2021)
The minutes of the previous meeting were agreed.

3. Performance Report
NA presented the quarterly performance report.
Total recorded crime had fallen by 12% compared with the previous year, with the largest
falls in vehicle crime and in shoplifting.
AR asked whether the reduction in burglary was sustained. NA confirmed that burglary was
down 23% and that 1,040 fewer victims had been recorded over the same period last year.
Action – Priya Fenn to provide an analysis of 101 abandonment rates by 30th June 2021.

4. Any Other Business
None.

Action Log
No. Action Owner Due Status
4/21 Provide an analysis of 101 abandonment rates PF 30/06/2021 Open
5/21 Review the custody detention protocol NA 13/07/2021 Open

Date of next meeting: Tuesday 13th July 2021, 10am
"""
