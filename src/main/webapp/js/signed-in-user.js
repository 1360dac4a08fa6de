import { getJson } from './api.js';

/** Shows who is signed in: name, username, roles and country. */
class SignedInUser extends HTMLElement {
    async connectedCallback() {
        this.textContent = 'Loading…';
        try {
            const me = await getJson('me');
            this.replaceChildren();
            const name = document.createElement('span');
            name.className = 'name';
            name.textContent = `Signed in as ${me.displayName} (${me.username})`;
            this.append(name);
            if (me.country) {
                const country = document.createElement('span');
                country.className = 'country';
                country.textContent = ` — country ${me.country}`;
                this.append(country);
            }
            for (const role of me.roles) {
                const badge = document.createElement('span');
                badge.className = 'role';
                badge.textContent = role;
                this.append(badge);
            }
        } catch (error) {
            this.innerHTML = '';
            const message = document.createElement('span');
            message.className = 'error';
            message.textContent = `Could not load your profile: ${error.message}`;
            this.append(message);
        }
    }
}

customElements.define('scm-signed-in-user', SignedInUser);
