"""Asks LibreOffice itself which cells of a workbook break their data validation.

Usage: /usr/bin/python3 lo-validity.py <workbook.xlsx> <sheet> <cells.json>
cells.json: [["E51", "Xã Ia Sao"], ["F51", "Bôn Bla"], ...] typed into the sheet first.
Prints a JSON list of the cells LibreOffice's "Mark invalid data" (detective) circles.
Needs python3-uno (Debian), which drives a headless soffice of its own.
"""
import json, os, re, shutil, subprocess, sys, tempfile, time
import uno
from com.sun.star.beans import PropertyValue

path, sheet_name, cells_file = sys.argv[1:4]
cells = json.load(open(cells_file, encoding='utf-8'))
profile = tempfile.mkdtemp(prefix='lo-validity-')
pipe = 'ketnghia' + str(os.getpid())
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore', '--nologo',
                           '-env:UserInstallation=file://' + profile, '--accept=pipe,name=%s;urp;' % pipe],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except Exception:
            time.sleep(0.25)
    if ctx is None:
        sys.exit('soffice did not answer')
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = 'Hidden', True
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, (hidden,))
    sheet = doc.Sheets.getByName(sheet_name)

    def position(ref):
        letters, digits = re.match(r'([A-Z]+)(\d+)$', ref).groups()
        col = 0
        for ch in letters:
            col = col * 26 + ord(ch) - 64
        return col - 1, int(digits) - 1

    for ref, value in cells:
        col, row = position(ref)
        sheet.getCellByPosition(col, row).String = value
    sheet.showInvalid()
    marked = []
    page = sheet.DrawPage
    for i in range(page.Count):
        address = page.getByIndex(i).Anchor.CellAddress
        col, letters = address.Column + 1, ''
        while col:
            col, rest = divmod(col - 1, 26)
            letters = chr(65 + rest) + letters
        marked.append('%s%d' % (letters, address.Row + 1))
    print(json.dumps(sorted(set(marked))))
    doc.close(True)
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(timeout=20)
    except Exception:
        office.kill()
    shutil.rmtree(profile, ignore_errors=True)
