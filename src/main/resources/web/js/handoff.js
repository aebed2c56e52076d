// Hand-off to a person, in a modal dialog, with explicit consent; Escape or 닫기 closes it and focus goes back.
export const SESSION_KEY = 'donggu-chat-session';

export function sessionId() {
  return sessionStorage.getItem(SESSION_KEY);
}

export function setUpHandoff() {
  const dialog = document.getElementById('handoff-dialog');
  const form = document.getElementById('handoff');
  const open = document.getElementById('open-handoff');
  const status = document.getElementById('h-status');

  open.addEventListener('click', function () {
    status.textContent = '';
    dialog.showModal();
    document.getElementById('h-name').focus();
  });
  document.getElementById('h-cancel').addEventListener('click', function () { dialog.close(); });
  dialog.addEventListener('close', function () { open.focus(); });
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const res = await fetch('/api/handoff', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        sessionId: sessionId() || undefined,
        name: field(form, 'name'), contact: field(form, 'contact'), question: field(form, 'question'),
        consent: form.elements.namedItem('consent').checked
      })
    }).catch(function () { return null; });
    const body = res ? await res.json().catch(function () { return {}; }) : {};
    if (res && res.status === 201) {
      status.textContent = '접수되었습니다. 접수 번호: ' + body.ticketId;
      form.reset();
    } else {
      status.textContent = body.error ? body.error.message : '접수하지 못했습니다. 잠시 후 다시 시도해 주세요.';
    }
  });
}

function field(form, name) {
  return form.elements.namedItem(name).value;
}
