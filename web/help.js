// The help forms' progressive enhancement, served from this server under the CSP: solves the
// form's proof of work (ALTCHA v2, SHA-256, with the browser's own Web Crypto) so the request goes
// to the trusted lane, and warns about files over the limit before they are sent. Without it the
// forms work the same; a request simply goes to the moderated lane.
(() => {
  const input = document.querySelector('input[name="pow"][data-challenge]');
  const subtle = globalThis.crypto?.subtle;
  if (!input || !subtle) return;
  const form = input.form;
  let challenge;
  try {
    challenge = JSON.parse(input.dataset.challenge);
  } catch {
    return;
  }
  const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
  const bytesOf = (text) => new Uint8Array(text.match(/../g).map((h) => Number.parseInt(h, 16)));
  const { nonce, salt, keyPrefix, keyLength = 32, cost = 1 } = challenge.parameters;
  const saltBytes = bytesOf(salt);
  const nonceBytes = bytesOf(nonce);
  // salt ‖ nonce ‖ counter (uint32, big-endian), hashed `cost` times, as altcha-lib derives it.
  const data = new Uint8Array(saltBytes.length + nonceBytes.length + 4);
  data.set(saltBytes, 0);
  data.set(nonceBytes, saltBytes.length);
  const view = new DataView(data.buffer);

  async function derive(counter) {
    view.setUint32(saltBytes.length + nonceBytes.length, counter, false);
    let key = await subtle.digest('SHA-256', data);
    for (let i = 1; i < cost; i++) key = await subtle.digest('SHA-256', key);
    return hex(key).slice(0, keyLength * 2);
  }

  let solved = null;
  const solving = (async () => {
    const started = Date.now();
    for (let counter = 0; counter < 0xffffffff; counter++) {
      const key = await derive(counter);
      if (key.startsWith(keyPrefix)) {
        solved = { counter, derivedKey: key };
        input.value = JSON.stringify({ challenge, solution: solved });
        return;
      }
      if (Date.now() - started > 120000) return;
    }
  })();

  // A form sent before the work is done waits a few seconds for it, then goes anyway.
  let waited = false;
  form?.addEventListener('submit', (event) => {
    if (solved || waited) return;
    event.preventDefault();
    waited = true;
    const go = () => (form.requestSubmit ? form.requestSubmit() : form.submit());
    Promise.race([solving, new Promise((r) => setTimeout(r, 8000))]).then(go);
  });

  // Files over the limit are named before the form is sent, so nothing typed waits on a refusal.
  const files = form?.querySelector('input[type="file"][data-max-bytes]');
  files?.addEventListener('change', () => {
    const maxBytes = Number(files.dataset.maxBytes);
    const maxFiles = Number(files.dataset.maxFiles);
    const tooBig = Array.from(files.files).some((f) => f.size > maxBytes);
    const tooMany = files.files.length > maxFiles;
    files.setCustomValidity(tooBig || tooMany ? document.getElementById('files-hint').textContent : '');
    if (tooBig || tooMany) files.reportValidity();
  });
})();
