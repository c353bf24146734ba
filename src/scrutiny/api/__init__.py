"""The open data API (/api/v1/): published boards, meetings, actions, figure series and search
for anyone; writes for holders of a staff-issued token."""
