from scrutiny.extract.header import board_name, next_meeting, read_header


def test_labelled_header() -> None:
    header = read_header(
        [
            "MEETING NOTES",
            "Title: Performance & Delivery Board",
            "Date and time: Wednesday 19 February 2025 at 10.30am",
            "Venue: Conference Room 2, Police HQ",
        ]
    )
    assert (header.board, header.date, header.time, header.venue) == (
        "Performance & Delivery Board",
        "2025-02-19",
        "10:30",
        "Conference Room 2, Police HQ",
    )


def test_a_wrapped_venue_a_time_label_and_a_conference() -> None:
    wrapped = read_header(
        ["Notes of the meeting held on 4 March 2025 at Hollins House,", "Bramfield."]
    )
    assert wrapped.venue == "Hollins House, Bramfield"
    assert read_header(["Meeting time   09:30 to 11:30"]).time == "09:30"
    assert board_name("Public Accountability Conference – Note of Meeting") == (
        "Public Accountability Conference"
    )


def test_an_unlabelled_place_beside_the_date() -> None:
    under = read_header(["Date: 3 March 2025", "Committee Room 1, Harlow City Hall"])
    assert under.venue == "Committee Room 1, Harlow City Hall"
    capitals = read_header(["HELD ON 9 MARCH 2023", "IN THE BOARDROOM, POLICE HEADQUARTERS"])
    assert capitals.venue == "BOARDROOM, POLICE HEADQUARTERS"
    bracket = read_header(["Minutes – 15 January 2025, 10:00, Virtual (Microsoft Teams)"])
    assert bracket.venue == "Virtual (Microsoft Teams)"
    assert read_header(["3 March 2025", "Present: Jo Roe (Head of Estates, HQ)"]).venue is None


def test_several_labels_on_one_line() -> None:
    header = read_header(["Date: 22/01/2025   Time: 09:30 - 11:30   Venue: Microsoft Teams"])
    assert (header.date, header.time, header.venue) == ("2025-01-22", "09:30", "Microsoft Teams")


def test_labels_set_apart_by_spaces_as_in_a_form() -> None:
    header = read_header(
        ["Date       Monday 13 January 2025", "Time       14:00", "Place      Room 12"]
    )
    assert (header.date, header.time, header.venue) == ("2025-01-13", "14:00", "Room 12")


def test_the_venue_written_after_the_date() -> None:
    wrapped = read_header(
        ["Minutes of the meeting held on 5 March 2025", "at 10.30am in the Kingfisher Suite, Hall"]
    )
    assert (wrapped.date, wrapped.time, wrapped.venue) == (
        "2025-03-05",
        "10:30",
        "Kingfisher Suite, Hall",
    )
    piped = read_header(["12th March 2025 | 14:00-16:00 hrs | MS Teams"])
    assert (piped.time, piped.venue) == ("14:00", "MS Teams")
    assert read_header(["Held on 18 March 2025 at Glenmoor Police HQ, Kirkholme"]).venue == (
        "Glenmoor Police HQ, Kirkholme"
    )
    assert read_header(["Wednesday 19 February 2025 at 10am"]).venue is None
    room = read_header(["Held on 3 March 2025 at 2.00pm in", "Room 4.12, Civic Hall, Wendford."])
    assert (room.time, room.venue) == ("14:00", "Room 4.12, Civic Hall, Wendford")
    assert read_header(["Notes of 5 March 2025 to discuss performance"]).venue is None


def test_unlabelled_header_lines() -> None:
    header = read_header(["Minutes of the Accountability Board", "11th May 2021"])
    assert (header.board, header.date, header.venue) == ("Accountability Board", "2021-05-11", None)


def test_header_without_particulars() -> None:
    assert read_header(["Meeting Notes"]).board is None
    assert read_header(["Meeting Notes"]).date is None


def test_board_names() -> None:
    assert board_name("Date of next Performance & Delivery Board: 20 March 2019") == (
        "Performance & Delivery Board"
    )
    assert board_name("Date of next meeting: 20 March 2019") is None
    assert board_name("PERFORMANCE SCRUTINY MEETING") == "PERFORMANCE SCRUTINY MEETING"
    assert board_name("Police and Crime Commissioner's Holding to Account Meeting") == (
        "Police and Crime Commissioner's Holding to Account Meeting"
    )
    assert board_name("Report to the Strategic Policing Board") == "Strategic Policing Board"


def test_next_meeting() -> None:
    meeting, board = next_meeting(
        ["The CC would report at the next meeting.", "Next meeting: Thursday 22 May 2025 at 2pm"]
    )
    assert meeting is not None and (meeting.date, meeting.time) == ("2025-05-22", "14:00")
    assert board is None
    assert next_meeting(["The CC would report at the next meeting."]) == (None, None)
