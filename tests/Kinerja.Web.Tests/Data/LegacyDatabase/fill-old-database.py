# Fills a database of the old app (main at 1d54ce8, schema scripts up to version 13) through its API, so that
# the legacy dumps hold rows beyond the demo seed: a unit, a position and an account, a holiday, an open round
# with its forms, SOP run and a letter handed in, a filled form with one evidence file, submitted.
# Usage: python3 fill-old-database.py http://127.0.0.1:5981   (see README.md)
import json, sys, urllib.request

BASE = sys.argv[1]


def call(method, path, body=None, token=None, raw=None, ctype=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        req.add_header("content-type", ctype or "application/json")
    if token:
        req.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        text = r.read()
        print(method, path, r.status)
        return json.loads(text) if text and r.headers.get_content_type().endswith("json") else None


def token(user):
    return call("POST", "/api/v1/auth/token", {"username": user, "password": "Kinerja#2026"})["accessToken"]


admin = token("admin")
bpbd = next(o for o in call("GET", "/api/v1/perangkat-daerah", token=admin) if o["kode"] == "BPBD")["id"]

opd_admin = token("adminopd.bpbd")
unit = call("POST", "/api/v1/units", {"perangkatDaerahId": bpbd, "kode": "SEKSI-LAMA", "nama": "Seksi Lama", "jenis": "Seksi"}, opd_admin)
jabatan = call("POST", "/api/v1/jabatan", {"perangkatDaerahId": bpbd, "unitKerjaId": unit["id"], "kode": "BPBD-PELAKSANA-LAMA",
                                           "nama": "Pelaksana Lama", "role": "Pelaksana"}, opd_admin)
user = call("POST", "/api/v1/users", {"userName": "pelaksana.lama", "fullName": "Pelaksana Lama", "password": "Kinerja#2026",
                                      "perangkatDaerahId": bpbd}, opd_admin)
call("POST", f"/api/v1/users/{user['id']}/assignments", {"jabatanId": jabatan["id"], "isPlt": False, "startDate": "2026-01-01"}, opd_admin)

pemda = next(p for p in call("GET", "/api/v1/pemda", token=admin) if p["kode"] == "6311")["id"]
call("POST", f"/api/v1/pemda/{pemda}/kalender/libur", {"tanggal": "2026-12-28", "nama": "Cuti bersama lama", "jenis": "CutiBersama"}, admin)

round_ = call("POST", "/api/v1/pengumpulan", {"perangkatDaerahId": bpbd, "tahun": 2026, "triwulan": 1, "batasWaktu": "2027-03-31"}, admin)
kasubag = token("kasubag.bpbd")
letter = call("POST", f"/api/v1/pengumpulan/{round_['id']}/surat", {"jenis": "SuratPemberitahuan", "perihal": "Pemberitahuan lama"}, kasubag)
call("POST", f"/api/v1/surat/{letter['id']}/ajukan", {"version": letter["version"]}, kasubag)

# Form 2 is Seksi Pencegahan's, filled by its Pelaksana.
staff = token("pelaksana.bpbd")
form = call("GET", "/api/v1/formulir/2", token=staff)
rows = [{"id": r["id"], "version": r["version"], "realisasi": 7, "faktorPendukung": "Data lama", "penjelasan": "Penjelasan lama"}
        for r in form["indikator"]]
call("PUT", "/api/v1/formulir/2", {"indikator": rows}, staff)
boundary = "----kinerjalegacy"
upload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bukti-lama.pdf\"\r\n"
          "Content-Type: application/pdf\r\n\r\n").encode() + b"%PDF-1.4\n% bukti lama\n%%EOF\n" + f"\r\n--{boundary}--\r\n".encode()
call("POST", f"/api/v1/formulir/2/indikator/{form['indikator'][0]['id']}/bukti", raw=upload,
     ctype=f"multipart/form-data; boundary={boundary}", token=staff)
form = call("GET", "/api/v1/formulir/2", token=staff)
call("POST", "/api/v1/formulir/2/ajukan", {"version": form["version"], "konfirmasi": True}, staff)
