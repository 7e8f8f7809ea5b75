"""The graph component's Python side: payload building and event validation."""

from pyvis.network import Network

from explorer.component import VIS_VERSION, GraphEvent, network_payload, vis_asset


def test_payload_from_pyvis_keeps_ids_and_plain_text() -> None:
    net = Network(directed=True)
    net.add_node("person:a", label="<img src=x onerror=alert(1)>", title="x\nhref")
    net.add_node("person:b", label="قاآني")
    net.add_edge("person:a", "person:b", id="person:a|MET_WITH|person:b", label="MET_WITH")
    payload = network_payload(net)
    assert [n["id"] for n in payload["nodes"]] == ["person:a", "person:b"]
    assert payload["nodes"][0]["label"] == "<img src=x onerror=alert(1)>"
    assert payload["edges"][0]["id"] == "person:a|MET_WITH|person:b"
    assert isinstance(payload["options"], dict)


def test_edges_without_id_get_a_stable_one() -> None:
    payload = network_payload(
        {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"from": "a", "to": "b", "label": "LEADS"}]}
    )
    again = network_payload(
        {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"from": "a", "to": "b", "label": "LEADS"}]}
    )
    assert payload["edges"][0]["id"] == "a|LEADS|b" == again["edges"][0]["id"]


def test_event_payload_validation() -> None:
    assert GraphEvent.from_payload({"kind": "node", "id": "person:a", "double": True}) == GraphEvent(
        "node", "person:a", True
    )
    assert GraphEvent.from_payload({"kind": "edge", "id": "e1"}) == GraphEvent("edge", "e1", False)
    assert GraphEvent.from_payload({"kind": "script", "id": "x"}) is None
    assert GraphEvent.from_payload({"kind": "node", "id": 5}) is None
    assert GraphEvent.from_payload("node") is None
    assert GraphEvent.from_payload(None) is None


def test_vis_network_is_the_pinned_pyvis_copy() -> None:
    path = vis_asset()
    assert VIS_VERSION == "9.1.2"
    assert path.stat().st_size > 400_000
    assert b"@version 9.1.2" in path.read_bytes()[:1000]
